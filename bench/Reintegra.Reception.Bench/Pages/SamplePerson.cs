using Microsoft.EntityFrameworkCore;

namespace Reintegra.Reception.Bench.Pages;

/// <summary>People the benchmark's centre may see, drawn at random from the database (not from the seeder's memory, so a kept database can be measured again).</summary>
internal sealed record SamplePerson(Guid Id, string GivenNames, string FirstSurname, string? OriginAdm1, string? OriginAdm2, string? Document)
{
    public static async Task<IReadOnlyList<SamplePerson>> DrawAsync(BenchDatabase database, Guid institutionId, int count)
    {
        await using var db = database.NewContext();
        var people = await db.People.AsNoTracking()
            .Where(p => db.PersonInstitutions.Any(l => l.PersonId == p.Id && l.InstitutionId == institutionId))
            .OrderBy(p => EF.Functions.Random())
            .Take(count)
            .Select(p => new { p.Id, p.GivenNames, p.FirstSurname, p.OriginAdm1, p.OriginAdm2 })
            .ToListAsync();
        var ids = people.Select(p => p.Id).ToList();
        var documents = (await db.PersonDocuments.AsNoTracking().Where(d => ids.Contains(d.PersonId)).Select(d => new { d.PersonId, d.Number }).ToListAsync())
            .GroupBy(d => d.PersonId)
            .ToDictionary(g => g.Key, g => g.First().Number);
        return people.Select(p => new SamplePerson(p.Id, p.GivenNames, p.FirstSurname, p.OriginAdm1, p.OriginAdm2, documents.GetValueOrDefault(p.Id))).ToList();
    }
}
