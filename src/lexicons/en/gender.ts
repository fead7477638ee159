// Words that tell a person's grammatical gender in English news text: pronouns that refer back to
// them and forms of address or office before their name. Data only: the reader is
// src/annotate/quotes/gender.ts. Unknown gender is the default; these only rule a pronoun out.

export type Gender = 'm' | 'f';

/** Third-person pronouns (subject, object, possessive) and the gender they refer to. */
export const GENDER_PRONOUNS: Record<string, Gender> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
};

/** Forms of address and offices right before a name ("Mrs Thatcher", "Queen Elizabeth", "spokeswoman Hua Chunying"). */
export const GENDER_ADDRESS: Record<string, Gender> = {
  mr: 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', emperor: 'm', sheikh: 'm', monsieur: 'm', herr: 'm', señor: 'm',
  spokesman: 'm', congressman: 'm', chairman: 'm', businessman: 'm',
  mrs: 'f', ms: 'f', miss: 'f', madam: 'f', madame: 'f', dame: 'f', lady: 'f', queen: 'f', princess: 'f', empress: 'f', sheikha: 'f', frau: 'f', señora: 'f',
  spokeswoman: 'f', congresswoman: 'f', chairwoman: 'f', businesswoman: 'f', 'first lady': 'f',
};

/**
 * Given names that are borne (almost) only by women or only by men in the countries whose news we
 * read; names shared by both (Andrea, Jean, Kim, Sasha) are left out. A given name is weaker
 * evidence than a form of address and gives way to the document's own pronouns.
 */
export const FEMALE_GIVEN_NAMES: string[] = [
  'Angela', 'Annalena', 'Ursula', 'Kaja', 'Sanna', 'Mette', 'Magdalena', 'Jacinda', 'Giorgia', 'Kamala', 'Hillary',
  'Nancy', 'Condoleezza', 'Madeleine', 'Samantha', 'Linda', 'Penny', 'Julie', 'Catherine', 'Christine', 'Theresa',
  'Margaret', 'Liz', 'Elizabeth', 'Priti', 'Suella', 'Yvette', 'Mélanie', 'Melanie', 'Chrystia', 'Mary', 'Marie',
  'Maria', 'Anna', 'Anne', 'Ann', 'Sarah', 'Susan', 'Helen', 'Jane', 'Julia', 'Laura', 'Emma', 'Sophie', 'Claudia',
  'Michelle', 'Ségolène', 'Élisabeth', 'Brigitte', 'Roberta', 'Federica', 'Emmanuelle', 'Sylvie', 'Nathalie', 'Isabel',
  'Isabelle', 'Dilma', 'Cristina', 'Xiomara', 'Dina', 'Ngozi', 'Ellen', 'Sahle-Work', 'Samia', 'Naledi', 'Lindiwe',
  'Amina', 'Retno', 'Megawati', 'Yoko', 'Yuriko', 'Kyoko', 'Hina', 'Benazir', 'Indira', 'Sushma', 'Nirmala',
  'Meenakshi', 'Hasina', 'Corazon', 'Gloria', 'Leni', 'Sara', 'Irina', 'Valentina', 'Svetlana', 'Olga', 'Tatiana',
  'Natalia', 'Yulia', 'Iryna', 'Olena', 'Zuzana', 'Ingrida', 'Evika', 'Kersti', 'Viola', 'Salome', 'Maia', 'Katalin',
  'Beata', 'Ewa', 'Emine', 'Tansu', 'Golda', 'Tzipi', 'Hanan', 'Rania', 'Leila', 'Mia', 'Kristalina', 'Dalia', 'Vaira',
  'Tarja', 'Margrethe',
];

export const MALE_GIVEN_NAMES: string[] = [
  'Vladimir', 'Sergey', 'Sergei', 'Dmitry', 'Dmitri', 'Volodymyr', 'Dmytro', 'Andriy', 'Joe', 'Joseph', 'Donald',
  'Barack', 'George', 'Bill', 'John', 'James', 'Michael', 'David', 'Richard', 'Robert', 'William', 'Thomas', 'Charles',
  'Mark', 'Paul', 'Peter', 'Antony', 'Lloyd', 'Jake', 'Mike', 'Rishi', 'Boris', 'Keir', 'Tony', 'Gordon', 'Olaf',
  'Frank-Walter', 'Emmanuel', 'Nicolas', 'François', 'Jean-Yves', 'Mario', 'Sergio', 'Matteo', 'Pedro', 'Luiz', 'Jair',
  'Alberto', 'Javier', 'Andrés', 'Gabriel', 'Gustavo', 'Santiago', 'Marcelo', 'Justin', 'Stephen', 'Anthony', 'Scott',
  'Malcolm', 'Kevin', 'Narendra', 'Subrahmanyam', 'Rajnath', 'Imran', 'Shehbaz', 'Nawaz', 'Fumio', 'Shinzo',
  'Yoshihide', 'Yoshimasa', 'Toshimitsu', 'Recep', 'Mevlüt', 'Hakan', 'Benjamin', 'Yair', 'Naftali', 'Isaac',
  'Mahmoud', 'Abdel', 'Sameh', 'Ebrahim', 'Hossein', 'Hassan', 'Mohammed', 'Muhammad', 'Mohammad', 'Ali', 'Ahmed',
  'Abiy', 'Cyril', 'Jacob', 'Thabo', 'Uhuru', 'Bola', 'Muhammadu', 'Yoweri', 'Joko', 'Prabowo', 'Anwar', 'Ferdinand',
  'Rodrigo', 'Enrique', 'Jens', 'Josep', 'Ulf', 'Sauli', 'Alexander', 'Andrzej', 'Mateusz', 'Viktor', 'Aleksandar',
  'Alexis', 'Kyriakos', 'Ilham', 'Nikol', 'Kassym-Jomart', 'Shavkat', 'Aleksandr', 'Alexandr', 'Nikolai', 'Yevgeny',
  'Francis', 'Abdullah', 'Salman', 'Tamim', 'Ayman',
];
