using System.Text.Json;
using System.Text.Json.Serialization;
using Reintegra.Matching.Scoring;

namespace Reintegra.Matching;

/// <summary>
/// The Fellegi-Sunter parameters: prior, m/u per comparison level, band thresholds, and term-frequency
/// tables for a cold index. Estimated from data by <see cref="ModelTrainer"/>, shipped as JSON.
/// </summary>
public sealed class MatchModel
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>λ: the probability that two records drawn at random are the same person.</summary>
    public double Prior { get; set; } = 1e-6;

    public MatchThresholds Thresholds { get; set; } = new();

    /// <summary>Lower bound of u after term-frequency adjustment, so one rare value cannot outweigh everything else.</summary>
    public double MinimumTermFrequency { get; set; } = 1e-6;

    /// <summary>
    /// When set (the default), a candidate whose given names disagree is never put in the "same person" band,
    /// whatever the other fields say: siblings and twins share surnames, date of birth and origin.
    /// </summary>
    public bool RequireGivenNameAgreementForSamePerson { get; set; } = true;

    public required List<ComparisonParameters> Comparisons { get; init; }

    /// <summary>Frequencies used while the index holds too few people for its own counts to be reliable.</summary>
    public Dictionary<string, double>? GivenNameFrequencies { get; set; }

    public Dictionary<string, double>? SurnameFrequencies { get; set; }

    /// <summary>Free text: what data and method produced these parameters.</summary>
    public string? TrainedOn { get; set; }

    public LevelParameters Level(MatchField field, string level) =>
        Comparisons[(int)field].Levels.Find(l => l.Level == level)
        ?? throw new ArgumentException($"Unknown level {level} of {field}.", nameof(level));

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads parameters; levels are matched by name, and any level missing from the file keeps its default.</summary>
    public static MatchModel FromJson(string json)
    {
        var read = JsonSerializer.Deserialize<MatchModel>(json, JsonOptions)
            ?? throw new JsonException("Empty model file.");
        var model = CreateDefault();
        model.Prior = read.Prior;
        model.Thresholds = read.Thresholds;
        model.MinimumTermFrequency = read.MinimumTermFrequency;
        model.RequireGivenNameAgreementForSamePerson = read.RequireGivenNameAgreementForSamePerson;
        model.GivenNameFrequencies = read.GivenNameFrequencies;
        model.SurnameFrequencies = read.SurnameFrequencies;
        model.TrainedOn = read.TrainedOn;
        foreach (var comparison in read.Comparisons)
        {
            var field = Array.IndexOf(Levels.FieldNames, comparison.Field);
            if (field < 0)
            {
                continue;
            }

            foreach (var level in comparison.Levels)
            {
                var target = model.Comparisons[field].Levels.Find(l => l.Level == level.Level);
                if (target is not null)
                {
                    target.M = level.M;
                    target.U = level.U;
                }
            }
        }

        return model;
    }

    public MatchModel Clone() => FromJson(ToJson());

    /// <summary>
    /// Parameters shipped with the library: trained and tuned by the bench on the project's synthetic Hispanic
    /// registry (see bench/Reintegra.Matching.Bench/results). A good start for a new registry; retrain with
    /// <see cref="ModelTrainer"/> on the registry itself once it has a few thousand people.
    /// </summary>
    public static MatchModel Bundled()
    {
        using var stream = typeof(MatchModel).Assembly.GetManifestResourceStream("Reintegra.Matching.model.json");
        if (stream is null)
        {
            return CreateDefault();
        }

        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    /// <summary>
    /// Starting values from experience (used before training and as EM's initial point):
    /// m high for agreement, u from how often unrelated people agree.
    /// </summary>
    public static MatchModel CreateDefault()
    {
        double[][] m =
        [
            [0, 0.70, 0.08, 0.05, 0.04, 0.05, 0.01, 0.02, 0.005],
            [0, 0.60, 0.05, 0.12, 0.10, 0.03, 0.05, 0.02],
            [0, 0.75, 0.03, 0.05, 0.06, 0.03, 0.04, 0.02, 0.02],
            [0, 0.98, 0.02],
            [0, 0.70, 0.05, 0.25],
            [0, 0.97, 0.03],
            [0, 0.80, 0.10, 0.10],
        ];
        double[][] u =
        [
            [0, 0.01, 0.005, 0.002, 0.003, 0.01, 0.02, 0.05, 0.90],
            [0, 1e-4, 1e-5, 5e-4, 0.01, 0.02, 0.03, 0.94],
            [0, 5e-5, 1e-5, 5e-4, 0.005, 0.015, 0.04, 0.15, 0.79],
            [0, 0.5, 0.5],
            [0, 1e-6, 1e-4, 0.9999],
            [0, 0.6, 0.4],
            [0, 0.002, 0.05, 0.948],
        ];
        var comparisons = new List<ComparisonParameters>();
        for (var f = 0; f < Levels.FieldCount; f++)
        {
            var levels = new List<LevelParameters>();
            for (var l = 0; l < Levels.Names[f].Length; l++)
            {
                levels.Add(new LevelParameters
                {
                    Level = Levels.Names[f][l],
                    M = m[f][l],
                    U = u[f][l],
                    TermFrequencyAdjusted = Levels.TermFrequency[f][l],
                });
            }

            comparisons.Add(new ComparisonParameters { Field = Levels.FieldNames[f], Levels = levels });
        }

        return new MatchModel { Comparisons = comparisons, TrainedOn = "defaults" };
    }
}
