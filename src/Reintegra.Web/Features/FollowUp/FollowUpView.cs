using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// A case's follow-up: the schedule, every survey with its scores and spec version, what changed since the survey
/// before, and the evaluation written at closure. Only the case's institution finds it; each look is audited.
/// </summary>
public sealed class FollowUpView(AppDbContext db, CaseAccess cases, AuditLog audit, FollowUpSchedule schedule, RssSpecs specs)
{
    public sealed record SurveyRow(Guid Id, int? Round, DateOnly SurveyedOn, SurveyMode Mode, SurveyScores Scores, bool Scored, string SpecVersion, DateTime RecordedAt);

    /// <summary>A question whose answer differs from the survey before.</summary>
    public sealed record AnswerChange(int Question, Dimension Dimension, string? Before, string? After, double? ValueBefore, double? ValueAfter);

    /// <summary>The latest survey against the one before it: score differences (null where either was unscored) and changed answers.</summary>
    public sealed record Change(Guid FromSurveyId, Guid ToSurveyId, double? Economic, double? Social, double? Psychosocial, double? Composite, IReadOnlyList<AnswerChange> Answers);

    public sealed record Evaluation(string Summary, int Surveys, double? FirstComposite, double? LastComposite, DateTime RecordedAt);

    public sealed record Details(Guid CaseId, Guid PersonId, CaseStatus Status, int Version, bool FollowUpConsent, DateOnly Baseline,
        IReadOnlyList<FollowUpSchedule.Round> Rounds, IReadOnlyList<SurveyRow> Surveys, Change? LastChange, Evaluation? Evaluation,
        CaseClosureReason? ClosureReason);

    public sealed record SurveyDetails(SurveyRow Survey, IReadOnlyDictionary<int, string> Answers, string? AccompaniedBy, string? Notes);

    public async Task<Details?> GetAsync(Guid caseId, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var surveys = await db.Set<FollowUpSurvey>().AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderBy(s => s.SurveyedOn).ThenBy(s => s.RecordedAt).ToListAsync(ct);
        var rows = new List<SurveyRow>();
        foreach (var s in surveys)
        {
            rows.Add(await RowAsync(s, ct));
        }
        Change? change = null;
        if (surveys.Count >= 2)
        {
            change = await ChangeAsync(surveys[^2], surveys[^1], ct);
        }
        var evaluation = await db.Set<CaseEvaluation>().AsNoTracking().Where(e => e.CaseId == caseId)
            .Select(e => new Evaluation(e.Summary, e.Surveys, e.FirstComposite, e.LastComposite, e.RecordedAt)).FirstOrDefaultAsync(ct);
        audit.Viewed(nameof(FollowUpSurvey), caseId, c.PersonId);
        await audit.SaveAsync(ct);
        var baseline = await schedule.BaselineAsync(c.ReturnEventId, c.OpenedAt, ct);
        return new Details(c.Id, c.PersonId, c.Status, c.Version, c.CurrentConsent?.FollowUpContact == true, baseline,
            await schedule.RoundsAsync(c, ct), rows, change, evaluation, c.ClosureReason);
    }

    public async Task<SurveyDetails?> SurveyAsync(Guid caseId, Guid surveyId, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        var s = c is null ? null : await db.Set<FollowUpSurvey>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == surveyId && x.CaseId == caseId, ct);
        if (s is null)
        {
            return null;
        }
        audit.Viewed(nameof(FollowUpSurvey), s.Id, s.PersonId);
        await audit.SaveAsync(ct);
        return new SurveyDetails(await RowAsync(s, ct), FollowUpSurvey.ReadAnswers(s.Answers), s.AccompaniedBy, s.Notes);
    }

    private async Task<SurveyRow> RowAsync(FollowUpSurvey s, CancellationToken ct)
    {
        var (_, version) = await specs.StoredAsync(db, s.SpecVersionId, ct);
        return new SurveyRow(s.Id, s.Round, s.SurveyedOn, s.Mode, s.Scores, s.Composite is not null, version, s.RecordedAt);
    }

    private async Task<Change> ChangeAsync(FollowUpSurvey before, FollowUpSurvey after, CancellationToken ct)
    {
        static double? Diff(double? a, double? b) => a is { } x && b is { } y ? Math.Round(y - x, 4) : null;
        var (spec, _) = await specs.StoredAsync(db, after.SpecVersionId, ct);
        var (oldSpec, _) = await specs.StoredAsync(db, before.SpecVersionId, ct);
        var a = FollowUpSurvey.ReadAnswers(before.Answers);
        var b = FollowUpSurvey.ReadAnswers(after.Answers);
        var changes = spec.Questions
            .Select(q => (q, Before: a.GetValueOrDefault(q.Number), After: b.GetValueOrDefault(q.Number)))
            .Where(x => x.Before != x.After)
            .Select(x => new AnswerChange(x.q.Number, x.q.Dimension, x.Before, x.After,
                x.Before is null ? null : oldSpec.Question(x.q.Number)?.ValueOf(x.Before), x.After is null ? null : x.q.ValueOf(x.After)))
            .ToList();
        return new Change(before.Id, after.Id, Diff(before.Economic, after.Economic), Diff(before.Social, after.Social),
            Diff(before.Psychosocial, after.Psychosocial), Diff(before.Composite, after.Composite), changes);
    }
}
