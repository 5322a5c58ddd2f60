using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

/// <summary>Institutions of the instance: reception centres, ministries, municipal offices, NGOs, consulates ...</summary>
public sealed class ManageInstitutions(AppDbContext db, Checks checks, TimeProvider clock)
{
    public sealed record InstitutionView(Guid Id, string Name, InstitutionKind Kind, string CountryCode, string? Adm1PCode, bool IsActive, int Version);

    public sealed record InstitutionInput(string? Name, InstitutionKind? Kind, string? CountryCode, string? Adm1PCode, bool? IsActive, int? Version);

    public async Task<IReadOnlyList<InstitutionView>> ListAsync(InstitutionKind? kind = null) =>
        await db.Institutions.AsNoTracking()
            .Where(i => kind == null || i.Kind == kind)
            .OrderBy(i => i.Name)
            .Select(i => new InstitutionView(i.Id, i.Name, i.Kind, i.CountryCode, i.Adm1PCode, i.IsActive, i.Version))
            .ToListAsync();

    public async Task<InstitutionView?> FindAsync(Guid id) =>
        await db.Institutions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new InstitutionView(i.Id, i.Name, i.Kind, i.CountryCode, i.Adm1PCode, i.IsActive, i.Version))
            .FirstOrDefaultAsync();

    public async Task<InstitutionView> CreateAsync(InstitutionInput input)
    {
        await ValidateAsync(input, null);
        var institution = new Institution(input.Name!.Trim(), input.Kind!.Value, input.CountryCode!.Trim().ToUpperInvariant(), clock.GetUtcNow().UtcDateTime);
        institution.Update(institution.Name, institution.Kind, institution.CountryCode, Blank(input.Adm1PCode), input.IsActive ?? true);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        return (await FindAsync(institution.Id))!;
    }

    public async Task<InstitutionView?> UpdateAsync(Guid id, InstitutionInput input)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id);
        if (institution is null)
        {
            return null;
        }
        checks.Required("version", input.Version);
        await ValidateAsync(input, id);
        db.Entry(institution).Property(i => i.Version).OriginalValue = input.Version!.Value;
        institution.Update(input.Name!.Trim(), input.Kind!.Value, input.CountryCode!.Trim().ToUpperInvariant(), Blank(input.Adm1PCode), input.IsActive ?? true);
        await db.SaveChangesAsync();
        return await FindAsync(id);
    }

    private async Task ValidateAsync(InstitutionInput input, Guid? id)
    {
        if (checks.Text("name", input.Name, 200, required: true)
            && await db.Institutions.AnyAsync(i => i.Name == input.Name!.Trim() && i.Id != id))
        {
            checks.Add("name", "Admin.InstitutionNameTaken");
        }
        checks.Enum("kind", input.Kind, required: true);
        checks.Country("countryCode", input.CountryCode, required: true);
        checks.Place("adm1PCode", input.Adm1PCode, "adm1PCode", null, required: false);
        checks.ThrowIfInvalid();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();
}
