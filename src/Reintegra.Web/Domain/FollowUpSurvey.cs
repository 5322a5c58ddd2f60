using System.Text.Json;

namespace Reintegra.Web.Domain;

/// <summary>How a follow-up survey was taken.</summary>
public enum SurveyMode
{
    InPerson = 1,
    Phone = 2,
}

/// <summary>
/// A version of the survey's scoring spec as it was when first used: label, SHA-256 and the file itself. Rows are
/// never changed; a changed file is a new row, and each survey points at the one that scored it.
/// </summary>
public sealed class RssSpecVersion
{
    private RssSpecVersion()
    {
    }

    public RssSpecVersion(string version, string sha256, string json, DateTime now)
    {
        Id = Guid.CreateVersion7();
        Version = version;
        Sha256 = sha256;
        Json = json;
        StoredAt = now;
    }

    public Guid Id { get; private set; }

    public string Version { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string Json { get; private set; } = "";

    public DateTime StoredAt { get; private set; }
}

/// <summary>The scores of a survey as stored: null where the survey was not complete enough to score.</summary>
public sealed record SurveyScores(double? Economic, double? Social, double? Psychosocial, double? Composite);

/// <summary>
/// One Reintegration Sustainability Survey of a case's person: the answers as given, and the scores computed when it
/// was recorded with the spec version named beside them. A survey is never rescored or edited.
/// </summary>
public sealed class FollowUpSurvey : IPersonRecord
{
    private FollowUpSurvey()
    {
    }

    public FollowUpSurvey(ReintegrationCase c, Guid specVersionId, int? round, DateOnly surveyedOn, SurveyMode mode,
        IReadOnlyDictionary<int, string> answers, SurveyScores scores, string? accompaniedBy, string? notes, Guid by, DateTime now)
    {
        c.EnsureNotClosed();
        Id = Guid.CreateVersion7();
        CaseId = c.Id;
        PersonId = c.PersonId;
        InstitutionId = c.InstitutionId;
        SpecVersionId = specVersionId;
        Round = round;
        SurveyedOn = surveyedOn;
        Mode = mode;
        Answers = JsonSerializer.Serialize(answers.OrderBy(a => a.Key).ToDictionary(a => a.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), a => a.Value));
        Economic = scores.Economic;
        Social = scores.Social;
        Psychosocial = scores.Psychosocial;
        Composite = scores.Composite;
        AccompaniedBy = string.IsNullOrWhiteSpace(accompaniedBy) ? null : accompaniedBy.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RecordedByUserId = by;
        RecordedAt = now;
        c.Touch(now);
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The institution that held the case when the survey was taken.</summary>
    public Guid InstitutionId { get; private set; }

    public Guid SpecVersionId { get; private set; }

    /// <summary>The scheduled follow-up (months after return) this survey answers; null for an extra survey.</summary>
    public int? Round { get; private set; }

    public DateOnly SurveyedOn { get; private set; }

    public SurveyMode Mode { get; private set; }

    /// <summary>JSON object: question number → answer code.</summary>
    public string Answers { get; private set; } = "{}";

    public double? Economic { get; private set; }

    public double? Social { get; private set; }

    public double? Psychosocial { get; private set; }

    public double? Composite { get; private set; }

    /// <summary>For a child: the parent or guardian present at the interview.</summary>
    public string? AccompaniedBy { get; private set; }

    public string? Notes { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public SurveyScores Scores => new(Economic, Social, Psychosocial, Composite);

    public static IReadOnlyDictionary<int, string> ReadAnswers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json)!
            .ToDictionary(a => int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture), a => a.Value);
}

/// <summary>The evaluation written when a case is closed: the case worker's summary and where the scores started and ended.</summary>
public sealed class CaseEvaluation : IPersonRecord
{
    private CaseEvaluation()
    {
    }

    public CaseEvaluation(ReintegrationCase c, string summary, int surveys, SurveyScores? first, SurveyScores? last, Guid by, DateTime now)
    {
        Id = Guid.CreateVersion7();
        CaseId = c.Id;
        PersonId = c.PersonId;
        InstitutionId = c.InstitutionId;
        Summary = summary.Trim();
        Surveys = surveys;
        FirstComposite = first?.Composite;
        LastComposite = last?.Composite;
        RecordedByUserId = by;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid InstitutionId { get; private set; }

    public string Summary { get; private set; } = "";

    /// <summary>How many surveys the case had when it closed.</summary>
    public int Surveys { get; private set; }

    public double? FirstComposite { get; private set; }

    public double? LastComposite { get; private set; }

    public Guid RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
