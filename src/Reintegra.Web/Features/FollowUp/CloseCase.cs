using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// Closes a case at the end of follow-up with a reason and an evaluation summary: the case lifecycle's own close
/// (its rules, stopping open referrals) and the evaluation are saved together.
/// </summary>
public sealed class CloseCase(AppDbContext db, CurrentUser me, Checks checks, TimeProvider clock, CaseAccess cases, MoveCase move)
{
    public sealed class Input
    {
        public CaseClosureReason? Reason { get; set; }

        public string? Note { get; set; }

        /// <summary>What the case achieved and where the person stands, in the case worker's words.</summary>
        public string? Summary { get; set; }

        public int? Version { get; set; }
    }

    public async Task<bool> CloseAsync(Guid caseId, Input input, CancellationToken ct)
    {
        var c = await cases.FindAsync(caseId, ct);
        if (c is null)
        {
            return false;
        }
        checks.Required("version", input.Version);
        checks.Enum("reason", input.Reason, required: true);
        checks.Text("note", input.Note, 1000, required: input.Reason == CaseClosureReason.Other);
        checks.Text("summary", input.Summary, 4000, required: true);
        checks.ThrowIfInvalid();
        var scores = await db.Set<FollowUpSurvey>().AsNoTracking().Where(s => s.CaseId == caseId && s.Composite != null)
            .OrderBy(s => s.SurveyedOn).ThenBy(s => s.RecordedAt).Select(s => new SurveyScores(s.Economic, s.Social, s.Psychosocial, s.Composite)).ToListAsync(ct);
        var count = await db.Set<FollowUpSurvey>().CountAsync(s => s.CaseId == caseId, ct);
        db.Set<CaseEvaluation>().Add(new CaseEvaluation(c, input.Summary!, count, scores.FirstOrDefault(), scores.LastOrDefault(), me.Id, clock.GetUtcNow().UtcDateTime));
        // The lifecycle's close checks the reason against the case and saves the evaluation with it, or nothing.
        return await move.CloseAsync(caseId, new MoveCase.CloseInput { Reason = input.Reason, Note = input.Note, Version = input.Version }, ct);
    }
}
