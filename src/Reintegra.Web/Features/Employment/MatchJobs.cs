using Microsoft.EntityFrameworkCore;
using Reintegra.JobMatching;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Employment;

/// <summary>
/// Runs the matching engine both ways. An employer sees anonymous summaries of the people who agreed to be proposed
/// to employers; a case worker sees, by name, only the people of their own institution's cases; for a case, the
/// open vacancies that suit the person. Every candidate shown is an audit entry against that person.
/// </summary>
public sealed class MatchJobs(AppDbContext db, CurrentUser me, LocalTime time, AuditLog audit, EmploymentAccess access, Explain explain)
{
    public const int Top = 20;

    public sealed record CandidateMatch(int Rank, int Score, IReadOnlyList<Explain.Line> Why, Guid? CaseId, string? Name, PlacementStatus? Placement,
        IReadOnlyList<ProfileOccupation> Occupations, IReadOnlyList<ProfileLanguage> Languages, EducationLevel Education, string Adm1PCode,
        Mobility Mobility, DateOnly AvailableFrom);

    public sealed record VacancyMatch(int Rank, int Score, IReadOnlyList<Explain.Line> Why, ManageVacancies.Summary Vacancy, PlacementStatus? Placement);

    public sealed record CaseMatches(bool HasProfile, bool EmployerConsent, bool IsChild, IReadOnlyList<VacancyMatch> Vacancies);

    /// <summary>For the employer's own vacancy: the best candidates, anonymous (no name, case, municipality or contact).</summary>
    public async Task<IReadOnlyList<CandidateMatch>?> ForEmployerAsync(Guid vacancyId, CancellationToken ct)
    {
        var v = await access.Vacancies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == vacancyId && x.EmployerId == me.InstitutionId, ct);
        if (v is null)
        {
            return null;
        }
        var profiles = await access.Proposable(time.Today).AsNoTracking().ToListAsync(ct);
        var ranked = Rank(v, profiles);
        var result = ranked.Select((r, i) => Candidate(i + 1, r.Match, r.Profile, null, null, null)).ToList();
        foreach (var (_, p) in ranked)
        {
            audit.Add(AuditActions.CandidateShown, nameof(Vacancy), v.Id.ToString(), p.PersonId, "anonymous summary to employer");
        }
        await audit.SaveAsync(ct);
        return result;
    }

    /// <summary>For any vacancy: the best candidates among the people of the case worker's own institution, by name.</summary>
    public async Task<IReadOnlyList<CandidateMatch>?> ForCaseWorkerAsync(Guid vacancyId, CancellationToken ct)
    {
        var v = await access.Vacancies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == vacancyId, ct);
        if (v is null)
        {
            return null;
        }
        var profiles = await access.Proposable(time.Today).Where(p => p.InstitutionId == me.InstitutionId).AsNoTracking().ToListAsync(ct);
        var ranked = Rank(v, profiles);
        var personIds = ranked.Select(r => r.Profile.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.SecondSurname }).ToDictionaryAsync(p => p.Id, ct);
        var caseIds = ranked.Select(r => r.Profile.CaseId).ToList();
        var placed = await access.Placements.AsNoTracking().Where(p => p.VacancyId == v.Id && caseIds.Contains(p.CaseId))
            .ToDictionaryAsync(p => p.CaseId, p => p.Status, ct);
        var result = ranked.Select((r, i) =>
        {
            var n = names[r.Profile.PersonId];
            var name = string.Join(' ', new[] { n.GivenNames, n.FirstSurname, n.SecondSurname }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return Candidate(i + 1, r.Match, r.Profile, r.Profile.CaseId, name, placed.TryGetValue(r.Profile.CaseId, out var s) ? s : null);
        }).ToList();
        foreach (var (_, p) in ranked)
        {
            audit.Add(AuditActions.CandidateShown, nameof(Vacancy), v.Id.ToString(), p.PersonId, "candidate to case worker");
        }
        await audit.SaveAsync(ct);
        return result;
    }

    /// <summary>For a case of the user's institution: the open vacancies that suit the person (only with their consent to be proposed).</summary>
    public async Task<CaseMatches?> ForCaseAsync(Guid caseId, CancellationToken ct)
    {
        var c = await access.OpenCaseAsync(caseId, ct);
        if (c is null)
        {
            return null;
        }
        var today = time.Today;
        var consent = c.CurrentConsent?.EmployerProposal == true;
        var profile = await access.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        var child = profile is not null && !profile.IsAdultOn(today);
        if (profile is null || !consent || child || c.Status == CaseStatus.Closed)
        {
            return new CaseMatches(profile is not null, consent, child, []);
        }
        var open = await access.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open && v.ClosingOn >= today && v.Hired < v.Places)
            .ToListAsync(ct);
        var matches = new VacancyIndex(open.Select(v => v.ToProfile()).ToList()).Rank(profile.ToCandidate(), Top);
        var ids = matches.Select(m => m.Id).ToList();
        var byId = open.ToDictionary(v => v.Id);
        var employerIds = matches.Select(m => byId[m.Id].EmployerId).Distinct().ToList();
        var employers = await db.Institutions.AsNoTracking().Where(i => employerIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var placed = await access.Placements.AsNoTracking().Where(p => p.CaseId == caseId && ids.Contains(p.VacancyId))
            .ToDictionaryAsync(p => p.VacancyId, p => p.Status, ct);
        audit.Viewed(nameof(SkillsProfile), profile.Id, profile.PersonId, "vacancy matches");
        await audit.SaveAsync(ct);
        return new CaseMatches(true, true, false, matches.Select((m, i) =>
        {
            var v = byId[m.Id];
            var summary = new ManageVacancies.Summary(v.Id, v.Title, v.IscoCode, employers[v.EmployerId], v.Adm1PCode, v.Adm2PCode, v.Places, v.Hired,
                v.WageMin, v.WageMax, v.StartOn, v.ClosingOn, v.Status, true);
            return new VacancyMatch(i + 1, m.Score, explain.Lines(m.Why), summary, placed.TryGetValue(v.Id, out var s) ? s : null);
        }).ToList());
    }

    /// <summary>The score of one case's profile for one vacancy (kept on the placement when the person is put forward).</summary>
    internal static int? ScoreOf(SkillsProfile profile, Vacancy vacancy) =>
        new CandidateIndex([profile.ToCandidate()]).Rank(vacancy.ToProfile(), 1) is [var m] ? m.Score : null;

    private static List<(Match Match, SkillsProfile Profile)> Rank(Vacancy v, List<SkillsProfile> profiles)
    {
        var byId = profiles.ToDictionary(p => p.Id);
        return new CandidateIndex(profiles.Select(p => p.ToCandidate()).ToList()).Rank(v.ToProfile(), Top)
            .Select(m => (m, byId[m.Id])).ToList();
    }

    private CandidateMatch Candidate(int rank, Match m, SkillsProfile p, Guid? caseId, string? name, PlacementStatus? placement) =>
        new(rank, m.Score, explain.Lines(m.Why), caseId, name, placement, p.Occupations, p.Languages, p.Education, p.Adm1PCode, p.Mobility, p.AvailableFrom);
}
