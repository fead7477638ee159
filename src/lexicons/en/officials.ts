// Public officials whose state is common knowledge: heads of state and government, foreign
// ministers and foreign-ministry spokespersons of many states since the 1990s. Used only for a
// person the text names without any sign of their state (a Chinese MFA briefing says "Foreign
// Minister Qin Gang", a Korean release "Prime Minister Obuchi Keizo"). Names in their usual
// English spelling; either name order matches. Extend freely: one entry per person.

export const KNOWN_OFFICIALS: Record<string, string[]> = {
  CHN: [
    'Xi Jinping', 'Hu Jintao', 'Jiang Zemin', 'Li Keqiang', 'Li Qiang', 'Wen Jiabao', 'Zhu Rongji', 'Wang Yi', 'Qin Gang',
    'Yang Jiechi', 'Li Zhaoxing', 'Tang Jiaxuan', 'Wang Qishan', 'Han Zheng', 'Li Zhanshu', 'Zhao Leji', 'Ding Xuexiang',
    'Wang Huning', 'Cai Qi', 'Wang Wenbin', 'Zhao Lijian', 'Hua Chunying', 'Geng Shuang', 'Lu Kang', 'Mao Ning',
    'Wang Wenbin', 'Lin Jian', 'Hong Lei', 'Qin Gang', 'Wang Yang', 'Liu He', 'Wei Fenghe', 'Li Shangfu', 'Dong Jun',
    'Le Yucheng', 'Ma Zhaoxu', 'Sun Weidong', 'Xie Feng', 'Zhang Jun', 'Cui Tiankai', 'Fu Ying', 'Wang Xiaolong',
  ],
  JPN: [
    'Abe Shinzo', 'Kishida Fumio', 'Suga Yoshihide', 'Ishiba Shigeru', 'Noda Yoshihiko', 'Kan Naoto', 'Hatoyama Yukio',
    'Aso Taro', 'Fukuda Yasuo', 'Koizumi Junichiro', 'Mori Yoshiro', 'Obuchi Keizo', 'Hashimoto Ryutaro',
    'Murayama Tomiichi', 'Hayashi Yoshimasa', 'Motegi Toshimitsu', 'Kono Taro', 'Kamikawa Yoko', 'Iwaya Takeshi',
    'Kishida Yuko', 'Matsuno Hirokazu', 'Kato Katsunobu', 'Kihara Minoru', 'Hamada Yasukazu', 'Kishi Nobuo',
    'Okada Katsuya', 'Maehara Seiji', 'Gemba Koichiro', 'Takaichi Sanae', 'Naruhito', 'Akihito',
  ],
  KOR: [
    'Kim Dae-jung', 'Kim Young-sam', 'Roh Moo-hyun', 'Lee Myung-bak', 'Park Geun-hye', 'Moon Jae-in', 'Yoon Suk-yeol',
    'Yoon Suk Yeol', 'Lee Jae-myung', 'Han Duck-soo', 'Chung Sye-kyun', 'Kim Boo-kyum', 'Lee Nak-yon', 'Hwang Kyo-ahn',
    'Ban Ki-moon', 'Yu Myung-hwan', 'Kim Sung-hwan', 'Yun Byung-se', 'Kang Kyung-wha', 'Chung Eui-yong', 'Park Jin',
    'Cho Tae-yul', 'Kim Eui-kyeom', 'Im Jong-seok', 'Suh Hoon', 'Kim Keon-hee', 'Kim Jung-sook', 'Cho Hyun-dong',
    'Choi Jong-kun', 'Lee Do-hoon', 'Noh Kyu-duk', 'Yoo Myung-hee', 'Hong Nam-ki', 'Kim Hyun-chong', 'Cho Kuk',
  ],
  PRK: [
    'Kim Jong Un', 'Kim Jong Il', 'Kim Il Sung', 'Kim Yo Jong', 'Kim Yong Chol', 'Ri Yong Ho', 'Ri Son Gwon',
    'Choe Son Hui', 'Kim Yong Nam', 'Choe Ryong Hae', 'Pak Pong Ju', 'Kim Tok Hun', 'Kim Song', 'Ri Su Yong',
  ],
  USA: [
    'Joe Biden', 'Donald Trump', 'Barack Obama', 'George W. Bush', 'Bill Clinton', 'Kamala Harris', 'Mike Pence',
    'Antony Blinken', 'Mike Pompeo', 'Rex Tillerson', 'John Kerry', 'Hillary Clinton', 'Condoleezza Rice', 'Colin Powell',
    'Madeleine Albright', 'Marco Rubio', 'Jake Sullivan', 'Lloyd Austin', 'Ned Price', 'Matthew Miller', 'Jill Biden',
    'Karine Jean-Pierre', 'Jen Psaki', 'John Bolton', 'Wendy Sherman', 'Linda Thomas-Greenfield', 'JD Vance',
  ],
  RUS: [
    'Vladimir Putin', 'Dmitry Medvedev', 'Mikhail Mishustin', 'Sergey Lavrov', 'Maria Zakharova', 'Dmitry Peskov',
    'Sergei Shoigu', 'Andrei Belousov', 'Yuri Ushakov', 'Sergey Ryabkov', 'Vasily Nebenzya', 'Alexander Grushko',
    'Boris Yeltsin', 'Yevgeny Primakov', 'Igor Ivanov', 'Mikhail Gorbachev', 'Valentina Matviyenko', 'Vyacheslav Volodin',
    'Nikolai Patrushev', 'Sergei Naryshkin', 'Alexander Lukashevich', 'Andrey Rudenko', 'Mikhail Galuzin',
  ],
  UKR: [
    'Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Petro Poroshenko', 'Viktor Yanukovych', 'Viktor Yushchenko',
    'Leonid Kuchma', 'Dmytro Kuleba', 'Andrii Sybiha', 'Pavlo Klimkin', 'Denys Shmyhal', 'Olena Zelenska', 'Andriy Yermak',
    'Oleg Nikolenko', 'Heorhii Tykhyi', 'Rustem Umerov', 'Oleksii Reznikov',
  ],
  DEU: [
    'Olaf Scholz', 'Angela Merkel', 'Gerhard Schröder', 'Helmut Kohl', 'Friedrich Merz', 'Frank-Walter Steinmeier',
    'Annalena Baerbock', 'Heiko Maas', 'Sigmar Gabriel', 'Guido Westerwelle', 'Joschka Fischer', 'Johann Wadephul',
    'Joachim Gauck', 'Christian Wulff', 'Horst Köhler', 'Boris Pistorius', 'Christian Lindner', 'Robert Habeck',
  ],
  GBR: [
    'Rishi Sunak', 'Liz Truss', 'Boris Johnson', 'Theresa May', 'David Cameron', 'Gordon Brown', 'Tony Blair',
    'Keir Starmer', 'James Cleverly', 'Dominic Raab', 'Jeremy Hunt', 'Philip Hammond', 'William Hague', 'David Miliband',
    'Jack Straw', 'David Lammy', 'Yvette Cooper', 'King Charles III', 'Queen Elizabeth II',
  ],
  FRA: [
    'Emmanuel Macron', 'François Hollande', 'Nicolas Sarkozy', 'Jacques Chirac', 'Jean-Yves Le Drian', 'Catherine Colonna',
    'Stéphane Séjourné', 'Jean-Noël Barrot', 'Laurent Fabius', 'Alain Juppé', 'Élisabeth Borne', 'Gabriel Attal',
    'Michel Barnier', 'François Bayrou', 'Édouard Philippe', 'Jean Castex',
  ],
  IND: [
    'Narendra Modi', 'Manmohan Singh', 'Atal Bihari Vajpayee', 'Subrahmanyam Jaishankar', 'Sushma Swaraj',
    'Arindam Bagchi', 'Randhir Jaiswal', 'Ajit Doval', 'Droupadi Murmu', 'Ram Nath Kovind', 'Rajnath Singh',
    'Vinay Kwatra', 'Vikram Misri', 'Harsh Vardhan Shringla', 'Anurag Srivastava', 'Raveesh Kumar',
  ],
  BRA: ['Luiz Inácio Lula da Silva', 'Jair Bolsonaro', 'Dilma Rousseff', 'Michel Temer', 'Mauro Vieira', 'Carlos França', 'Ernesto Araújo', 'Celso Amorim'],
  IDN: ['Joko Widodo', 'Iriana Widodo', 'Prabowo Subianto', 'Susilo Bambang Yudhoyono', 'Retno Marsudi', 'Sugiono', 'Ma’ruf Amin'],
  TUR: ['Recep Tayyip Erdoğan', 'Mevlüt Çavuşoğlu', 'Hakan Fidan', 'Ahmet Davutoğlu', 'Abdullah Gül', 'Binali Yıldırım', 'İbrahim Kalın', 'Tanju Bilgiç'],
  ZAF: ['Cyril Ramaphosa', 'Jacob Zuma', 'Thabo Mbeki', 'Nelson Mandela', 'Naledi Pandor', 'Ronald Lamola', 'Lindiwe Sisulu'],
  AUS: ['Anthony Albanese', 'Scott Morrison', 'Malcolm Turnbull', 'Tony Abbott', 'Kevin Rudd', 'Julia Gillard', 'Penny Wong', 'Marise Payne', 'Julie Bishop'],
  CAN: ['Justin Trudeau', 'Stephen Harper', 'Mark Carney', 'Mélanie Joly', 'Chrystia Freeland', 'Marc Garneau', 'François-Philippe Champagne'],
  ITA: ['Giorgia Meloni', 'Mario Draghi', 'Giuseppe Conte', 'Matteo Renzi', 'Sergio Mattarella', 'Antonio Tajani', 'Luigi Di Maio'],
  PHL: ['Ferdinand R. Marcos Jr.', 'Ferdinand Marcos Jr.', 'Rodrigo Duterte', 'Benigno Aquino III', 'Enrique Manalo', 'Teodoro Locsin Jr.', 'Gilberto Teodoro Jr.'],
  ARE: ['Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed', 'Khalifa bin Zayed Al Nahyan', 'Mohammed bin Rashid Al Maktoum'],
  SAU: ['Mohammed bin Salman', 'Salman bin Abdulaziz', 'Faisal bin Farhan', 'Adel al-Jubeir'],
  IRN: ['Ali Khamenei', 'Hassan Rouhani', 'Ebrahim Raisi', 'Masoud Pezeshkian', 'Mohammad Javad Zarif', 'Hossein Amir-Abdollahian', 'Abbas Araghchi', 'Nasser Kanaani'],
  ISR: ['Benjamin Netanyahu', 'Naftali Bennett', 'Yair Lapid', 'Isaac Herzog', 'Eli Cohen', 'Israel Katz', 'Gideon Saar'],
  EGY: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Sameh Shoukry', 'Badr Abdelatty'],
  MEX: ['Andrés Manuel López Obrador', 'Claudia Sheinbaum', 'Marcelo Ebrard', 'Alicia Bárcena'],
  ARG: ['Javier Milei', 'Alberto Fernández', 'Mauricio Macri', 'Cristina Fernández de Kirchner', 'Santiago Cafiero', 'Diana Mondino'],
  PAK: ['Shehbaz Sharif', 'Imran Khan', 'Nawaz Sharif', 'Bilawal Bhutto Zardari', 'Asif Ali Zardari', 'Ishaq Dar', 'Shah Mahmood Qureshi'],
  VNM: ['Nguyen Phu Trong', 'Pham Minh Chinh', 'Vo Van Thuong', 'To Lam', 'Bui Thanh Son', 'Pham Binh Minh'],
  SGP: ['Lee Hsien Loong', 'Lawrence Wong', 'Vivian Balakrishnan', 'Tharman Shanmugaratnam'],
  MYS: ['Anwar Ibrahim', 'Mahathir Mohamad', 'Ismail Sabri Yaakob', 'Saifuddin Abdullah'],
  THA: ['Prayut Chan-o-cha', 'Srettha Thavisin', 'Paetongtarn Shinawatra', 'Don Pramudwinai'],
  KAZ: ['Kassym-Jomart Tokayev', 'Nursultan Nazarbayev', 'Mukhtar Tileuberdi'],
  BLR: ['Alexander Lukashenko', 'Vladimir Makei', 'Sergei Aleinik'],
  POL: ['Andrzej Duda', 'Donald Tusk', 'Mateusz Morawiecki', 'Radosław Sikorski', 'Zbigniew Rau'],
  ESP: ['Pedro Sánchez', 'Mariano Rajoy', 'José Manuel Albares'],
  NGA: ['Bola Tinubu', 'Muhammadu Buhari', 'Geoffrey Onyeama'],
  QAT: ['Tamim bin Hamad Al Thani', 'Mohammed bin Abdulrahman Al Thani'],
};
