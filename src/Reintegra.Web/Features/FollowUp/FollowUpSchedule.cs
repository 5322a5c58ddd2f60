using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.FollowUp;

/// <summary>
/// When a case's follow-up surveys are due: each configured round (3, 6 and 12 months by default) counted from the
/// date the person arrived on the return the case comes from, or from the day the case was opened.
/// </summary>
public sealed class FollowUpSchedule(AppDbContext db, LocalTime time, FollowUpSettings settings)
{
    public sealed record Round(int Months, DateOnly DueOn, Guid? SurveyId, DateOnly? SurveyedOn)
    {
        public bool Done => SurveyId is not null;
    }

    public sealed record Due(Guid CaseId, Guid PersonId, string PersonName, int Months, DateOnly DueOn);

    public static IReadOnlyList<Round> Plan(DateOnly baseline, IReadOnlyList<int> months, IEnumerable<(int Round, Guid Id, DateOnly On)> surveys)
    {
        var done = surveys.GroupBy(s => s.Round).ToDictionary(g => g.Key, g => g.OrderBy(s => s.On).First());
        return months.Select(m => done.TryGetValue(m, out var s)
            ? new Round(m, baseline.AddMonths(m), s.Id, s.On)
            : new Round(m, baseline.AddMonths(m), null, null)).ToList();
    }

    /// <summary>The round a survey taken on a date answers: the first one not yet done that is due by then (or soon after).</summary>
    public int? RoundFor(IReadOnlyList<Round> rounds, DateOnly surveyedOn) =>
        rounds.FirstOrDefault(r => !r.Done && r.DueOn <= surveyedOn.AddDays(settings.DueSoonDays))?.Months;

    public async Task<IReadOnlyList<Round>> RoundsAsync(ReintegrationCase c, CancellationToken ct)
    {
        var baseline = await BaselineAsync(c.ReturnEventId, c.OpenedAt, ct);
        var surveys = await db.Set<FollowUpSurvey>().AsNoTracking().Where(s => s.CaseId == c.Id && s.Round != null)
            .Select(s => new { Round = s.Round!.Value, s.Id, s.SurveyedOn }).ToListAsync(ct);
        return Plan(baseline, settings.Rounds, surveys.Select(s => (s.Round, s.Id, s.SurveyedOn)));
    }

    public async Task<DateOnly> BaselineAsync(Guid? returnId, DateTime openedAt, CancellationToken ct)
    {
        var arrived = returnId is null ? null : await db.Returns.Where(r => r.Id == returnId).Select(r => (DateTime?)r.ArrivedAt).FirstOrDefaultAsync(ct);
        return DateOnly.FromDateTime(time.ToLocal(arrived ?? openedAt));
    }

    /// <summary>For the dashboard: each case's next round not done, when it is due within the configured days or overdue.</summary>
    public async Task<IReadOnlyList<Due>> DueAsync(IQueryable<ReintegrationCase> cases, DateOnly today, CancellationToken ct)
    {
        var rows = await cases
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new
            {
                c.Id,
                c.PersonId,
                p.GivenNames,
                p.FirstSurname,
                c.OpenedAt,
                Arrived = db.Returns.Where(r => r.Id == c.ReturnEventId).Select(r => (DateTime?)r.ArrivedAt).FirstOrDefault(),
                Done = db.Set<FollowUpSurvey>().Where(s => s.CaseId == c.Id && s.Round != null).Select(s => s.Round!.Value).ToList(),
            }).ToListAsync(ct);
        var months = settings.Rounds;
        var horizon = today.AddDays(settings.DueSoonDays);
        var due = new List<Due>();
        foreach (var r in rows)
        {
            var baseline = DateOnly.FromDateTime(time.ToLocal(r.Arrived ?? r.OpenedAt));
            var next = months.Where(m => !r.Done.Contains(m)).Select(m => (int?)m).FirstOrDefault();
            if (next is { } m && baseline.AddMonths(m) <= horizon)
            {
                due.Add(new Due(r.Id, r.PersonId, $"{r.GivenNames} {r.FirstSurname}", m, baseline.AddMonths(m)));
            }
        }
        return due;
    }
}
