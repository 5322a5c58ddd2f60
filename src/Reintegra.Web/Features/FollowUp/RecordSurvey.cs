using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.FollowUp.Scoring;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// Records a Reintegration Sustainability Survey taken by a case worker in person or by phone: validates every
/// answer against the spec, scores it (only when complete enough) and stores the scores with the spec's version.
/// The person must have agreed to be contacted for follow-up; a child answers with a parent or guardian present.
/// </summary>
public sealed class RecordSurvey(AppDbContext db, CurrentUser me, Checks checks, LocalTime time, TimeProvider clock, CaseAccess cases,
    RssSpecs specs, FollowUpSchedule schedule)
{
    public sealed class Input
    {
        public DateOnly? SurveyedOn { get; set; }

        public SurveyMode? Mode { get; set; }

        /// <summary>Question number → answer code (an option of the question, "DontKnow" or "Refused"); leave a question out if it was not answered.</summary>
        public Dictionary<int, string?> Answers { get; set; } = [];

        /// <summary>Required for a child: the parent or guardian present at the interview.</summary>
        public string? AccompaniedBy { get; set; }

        public string? Notes { get; set; }

        /// <summary>The version of the case you read.</summary>
        public int? Version { get; set; }
    }

    public sealed record Result(Guid SurveyId, int? Round, SurveyScores Scores, bool Scored, string SpecVersion);

    public async Task<Result?> RecordAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var spec = specs.Current;
        var today = time.Today;
        var baseline = await schedule.BaselineAsync(c.ReturnEventId, c.OpenedAt, ct);
        checks.Required("version", input.Version);
        if (checks.Required("surveyedOn", input.SurveyedOn) && input.SurveyedOn > today)
        {
            checks.Add("surveyedOn", "Validation.DateInFuture");
        }
        else if (input.SurveyedOn < baseline)
        {
            checks.Add("surveyedOn", "Validation.DateTooOld");
        }
        checks.Enum("mode", input.Mode, required: true);
        var answers = new Dictionary<int, string>();
        foreach (var (number, code) in input.Answers)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                continue;
            }
            var question = spec.Question(number);
            if (question is null)
            {
                checks.Add("answers", "Validation.UnknownOption");
            }
            else if (question.ValueOf(code.Trim()) is null)
            {
                checks.Add($"answers[{number}]", "Validation.UnknownOption");
            }
            else
            {
                answers[number] = code.Trim();
            }
        }
        var person = await db.People.FindAsync([c.PersonId], ct);
        var child = person!.AgeOn(input.SurveyedOn ?? today) is < ReturnEvent.AdultAge;
        checks.Text("accompaniedBy", input.AccompaniedBy, 200, required: child);
        checks.Text("notes", input.Notes, 2000);
        checks.ThrowIfInvalid();

        c.EnsureNotClosed();
        if (c.CurrentConsent?.FollowUpContact != true)
        {
            throw new DomainException("FollowUp.NoFollowUpConsent");
        }
        cases.ExpectVersion(c, input.Version!.Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var scores = RssScorer.Score(spec, answers);
        var stored = new SurveyScores(scores.Economic, scores.Social, scores.Psychosocial, scores.Composite);
        var round = schedule.RoundFor(await schedule.RoundsAsync(c, ct), input.SurveyedOn!.Value);
        var specId = await specs.CurrentIdAsync(db, now, ct);
        var survey = new FollowUpSurvey(c, specId, round, input.SurveyedOn!.Value, input.Mode!.Value, answers, stored,
            child ? input.AccompaniedBy : null, input.Notes, me.Id, now);
        db.Set<FollowUpSurvey>().Add(survey);
        await db.SaveChangesAsync(ct);
        return new Result(survey.Id, round, stored, scores.Complete, spec.Version);
    }
}
