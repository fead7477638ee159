// A news page of our own in the shape real ones have: JSON-LD and meta tags carrying its date in the
// head, a menu before the article, paragraphs as <p>, a footer after; its lead reports a meeting.
export const READER_PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Finland and Uruguay open talks on shipping | Harbour Times</title>
<meta property="article:published_time" content="2024-02-06T09:30:00Z">
<meta name="description" content="Ministers met in Helsinki.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Finland and Uruguay open talks on shipping","datePublished":"2024-02-06T09:30:00Z","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>
<script>window.dataLayer = window.dataLayer || []; function track(){ dataLayer.push(arguments); }</script>
<style>body { font-family: serif; } .menu li { display: inline; }</style>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe to our newsletter for the latest shipping news every morning</a></li><li><a href="/login">Sign in to your account to comment and save articles</a></li></ul></nav>
<article>
<h1>Finland and Uruguay open talks on shipping</h1>
<p>HELSINKI, 6 February 2024 — Finnish Foreign Minister Aino Lehtinen met Uruguayan Foreign Minister Diego Ferreira in Helsinki on Tuesday to open talks on shipping routes.</p>
<p>The two ministers agreed that their officials would meet again in the spring. The talks were described as friendly and practical.</p>
<p>Ferreira later travelled to Tallinn for a conference on ports.</p>
</article>
<footer><p>© 2024 Harbour Times. All rights reserved. Terms of use. Privacy policy. Cookie settings. Contact the newsroom. Advertise with us. Careers at Harbour Times. Follow us on every network you can think of.</p></footer>
</body></html>
`;
