using System.Runtime.CompilerServices;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching.Indexing;

[InlineArray(3)]
internal struct Ids3
{
    private int _element;
}

[InlineArray(2)]
internal struct Ids2
{
    private int _element;
}

/// <summary>
/// A person as the index keeps it: interned ids only, no references, so millions of rows
/// sit in one array the garbage collector never scans. Token ids are positive in the vocabulary
/// and negative for tokens seen only in a query (see <see cref="RowContext"/>).
/// </summary>
internal struct PersonRow
{
    public Ids3 Given;
    public Ids3 Surnames;
    public int Married;
    public byte GivenCount;
    public byte SurnameCount;
    public byte DocumentCount;
    public Sex Sex;
    public bool Live;
    public BirthDate BirthDate;
    public int Nationality;
    public int Origin;
    public int OriginAdmin1;
    public Ids2 DocumentTypes;
    public Ids2 DocumentNumbers;
}

/// <summary>Resolves a row's ids to tokens and document numbers: the index's own tables, plus a query's unseen values.</summary>
internal readonly struct RowContext(TokenVocabulary vocabulary, StringPool documents, TokenInfo[]? transientTokens = null, string[]? transientDocuments = null)
{
    public TokenInfo Token(int id) => id > 0 ? vocabulary[id] : transientTokens![-id - 1];

    public RelationCache Relations => vocabulary.Relations;

    public string Document(int id) => id > 0 ? documents[id] : transientDocuments![-id - 1];
}
