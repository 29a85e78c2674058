// A name as search compares it, __text__ folded: lower case, accents dropped (NFD, then no
// combining marks), a possessive 's dropped, every run of other punctuation or space one space.
// server/graphql/search-query.ts folds what a person types by the same rule (foldName), so
// "Soleimānī", "soleimani" and "SOLEIMANI" fold alike on both sides. Plain letters, digits and
// spaces are tested first: most characters are, and a regular expression per character is slow.
reduce(folded = '', word IN split(
    replace(replace(
      reduce(text = '', c IN split(normalize(toLower(__text__), NFD), '') | text + CASE
        WHEN 'a' <= c <= 'z' OR '0' <= c <= '9' THEN c
        WHEN c = ' ' THEN ' '
        WHEN c =~ '[\\p{L}\\p{N}]' THEN c
        WHEN c =~ '\\p{M}' THEN ''
        WHEN c IN ["'", '’'] THEN "'"
        ELSE ' ' END) + ' ',
      "'s ", ' '), "'", ' '),
    ' ')
  | folded + CASE WHEN word = '' THEN '' WHEN folded = '' THEN word ELSE ' ' + word END)
