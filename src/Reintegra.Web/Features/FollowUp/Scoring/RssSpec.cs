using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.FollowUp.Scoring;

/// <summary>One answer option of a question and the value it is coded as.</summary>
public sealed record RssOption(string Code, double Value);

/// <summary>
/// A question of the survey: its options with their values, and the values of "don't know", "refused" and no
/// answer. A conditional question (Q30) is only asked unless another question got a given answer, and does not
/// count for completeness.
/// </summary>
public sealed record RssQuestion(int Number, Dimension Dimension, IReadOnlyList<RssOption> Options, double DontKnow, double Refused, double Missing,
    int? AskedUnlessQuestion, string? AskedUnlessAnswer)
{
    public bool Conditional => AskedUnlessQuestion is not null;

    /// <summary>The value of an answer code, or null when the code is not one of this question's answers.</summary>
    public double? ValueOf(string code) => code switch
    {
        RssAnswers.DontKnow => DontKnow,
        RssAnswers.Refused => Refused,
        _ => Options.FirstOrDefault(o => o.Code == code)?.Value,
    };
}

/// <summary>How a scored item takes its value: straight from a question, or built from several.</summary>
public enum RssConstruct
{
    Question = 0,

    /// <summary>The mean of the values of the listed questions (S20, access to public services).</summary>
    Mean = 1,

    /// <summary>The sum of the values of the listed questions, clamped to [0, 1] (P29_30, re-migration).</summary>
    SumClamped = 2,
}

/// <summary>A scored element with its weight in its dimension (wD) and in the composite (wC).</summary>
public sealed record RssItem(string Id, Dimension Dimension, double DimensionWeight, double CompositeWeight, RssConstruct Construct, IReadOnlyList<int> Questions);

/// <summary>Answer codes every question accepts besides its options.</summary>
public static class RssAnswers
{
    public const string DontKnow = "DontKnow";
    public const string Refused = "Refused";
}

/// <summary>
/// A version of the Reintegration Sustainability Survey's scoring: questions, answer coding, weights and the
/// completeness rule, read from a JSON file. The version label and the SHA-256 of the file identify it; scores are
/// stored with the version that produced them.
/// </summary>
public sealed class RssSpec
{
    private const double Tolerance = 0.0005;

    private RssSpec(string version, string sha256, IReadOnlyList<RssQuestion> questions, IReadOnlyList<RssItem> items, double minAnsweredShare)
    {
        Version = version;
        Sha256 = sha256;
        Questions = questions;
        Items = items;
        MinAnsweredShare = minAnsweredShare;
    }

    public string Version { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; }

    public IReadOnlyList<RssQuestion> Questions { get; }

    public IReadOnlyList<RssItem> Items { get; }

    /// <summary>A dimension is scored only when at least this share of its (unconditional) questions has an answer.</summary>
    public double MinAnsweredShare { get; }

    public RssQuestion? Question(int number) => Questions.FirstOrDefault(q => q.Number == number);

    /// <summary>Reads a spec file; a file that is not a consistent spec (weights not summing to one, unknown questions) is refused.</summary>
    public static RssSpec Parse(byte[] json)
    {
        var file = JsonSerializer.Deserialize<SpecFile>(json, Options) ?? throw Invalid("empty file");
        if (string.IsNullOrWhiteSpace(file.Version) || file.Version.Length > 40)
        {
            throw Invalid("version missing or longer than 40 characters");
        }
        var questions = new List<RssQuestion>();
        foreach (var q in file.Questions ?? [])
        {
            var options = q.Options ?? (q.Scale is not null && file.Scales is not null && file.Scales.TryGetValue(q.Scale, out var scale) ? scale : null)
                ?? throw Invalid($"question {q.Q} has no options");
            if (questions.Any(x => x.Number == q.Q) || options.Keys.Any(k => k is RssAnswers.DontKnow or RssAnswers.Refused) || options.Values.Any(v => v is < 0 or > 1))
            {
                throw Invalid($"question {q.Q} is repeated or has a bad option");
            }
            questions.Add(new RssQuestion(q.Q, DimensionOf(q.Dim), options.Select(o => new RssOption(o.Key, o.Value)).ToList(),
                q.DontKnow ?? file.DontKnow, q.Refused ?? file.Refused, q.Missing ?? file.Missing, q.AskedUnless?.Q, q.AskedUnless?.Answer));
        }
        var items = new List<RssItem>();
        foreach (var i in file.Items ?? [])
        {
            var construct = i.Construct switch
            {
                null => RssConstruct.Question,
                "mean" => RssConstruct.Mean,
                "sumClamped" => RssConstruct.SumClamped,
                _ => throw Invalid($"item {i.Id} has an unknown construct"),
            };
            IReadOnlyList<int> of = construct == RssConstruct.Question ? (i.Q is { } n ? [n] : []) : i.Of ?? [];
            if (of.Count == 0 || of.Any(n => questions.All(q => q.Number != n)))
            {
                throw Invalid($"item {i.Id} refers to no question or to an unknown one");
            }
            items.Add(new RssItem(i.Id, DimensionOf(i.Dim), i.WD, i.WC, construct, of));
        }
        foreach (var d in Enum.GetValues<Dimension>())
        {
            if (Math.Abs(items.Where(i => i.Dimension == d).Sum(i => i.DimensionWeight) - 1) > Tolerance)
            {
                throw Invalid($"the {d} weights (wD) do not sum to 1");
            }
        }
        if (Math.Abs(items.Sum(i => i.CompositeWeight) - 1) > Tolerance)
        {
            throw Invalid("the composite weights (wC) do not sum to 1");
        }
        var share = file.Completeness?.MinAnsweredShare ?? throw Invalid("completeness.minAnsweredShare missing");
        if (share is <= 0 or > 1)
        {
            throw Invalid("completeness.minAnsweredShare must be in (0, 1]");
        }
        return new RssSpec(file.Version, Convert.ToHexStringLower(SHA256.HashData(json)), questions, items, share);
    }

    /// <summary>The spec shipped with the application (Features/FollowUp/Scoring/rss-spec.json).</summary>
    public static RssSpec Shipped()
    {
        using var stream = typeof(RssSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Parse(copy.ToArray());
    }

    public const string ResourceName = "Reintegra.Web.Features.FollowUp.Scoring.rss-spec.json";

    private static Dimension DimensionOf(string? dim) => dim switch
    {
        "economic" => Dimension.Economic,
        "social" => Dimension.Social,
        "psychosocial" => Dimension.Psychosocial,
        _ => throw Invalid($"unknown dimension '{dim}'"),
    };

    private static InvalidOperationException Invalid(string why) => new($"RSS spec file is not valid: {why}");

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private sealed record SpecFile(string? Version, CompletenessRule? Completeness, double DontKnow, double Refused, double Missing,
        Dictionary<string, Dictionary<string, double>>? Scales, List<QuestionEntry>? Questions, List<ItemEntry>? Items);

    private sealed record CompletenessRule(double? MinAnsweredShare);

    private sealed record Condition(int Q, string Answer);

    private sealed record QuestionEntry(int Q, string? Dim, string? Scale, Dictionary<string, double>? Options, double? DontKnow, double? Refused, double? Missing, Condition? AskedUnless);

    private sealed record ItemEntry(string Id, int? Q, string? Dim, [property: JsonPropertyName("wD")] double WD, [property: JsonPropertyName("wC")] double WC, string? Construct, List<int>? Of);
}
