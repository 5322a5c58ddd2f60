using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Services;

/// <summary>Adds a service to the directory or corrects one.</summary>
[Authorize(Policy = Policies.ManageServices)]
public sealed class EditModel(ServiceDirectory directory, AppDbContext db, IStringLocalizer<ReferralsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public ServiceDirectory.ServiceInput Input { get; private set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Institutions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var s = await directory.FindAsync(id, ct);
            if (s is null)
            {
                return NotFound();
            }
            Input = new ServiceDirectory.ServiceInput
            {
                InstitutionId = s.InstitutionId,
                Name = s.Name,
                Category = s.Category,
                Description = s.Description,
                PCodes = s.PCodes.ToList(),
                MinAge = s.MinAge,
                MaxAge = s.MaxAge,
                Sex = s.Sex,
                Vulnerabilities = s.Vulnerabilities.ToList(),
                Languages = s.Languages.ToList(),
                Phone = s.Phone,
                Email = s.Email,
                Address = s.Address,
                Capacity = s.Capacity,
                IsActive = s.IsActive,
                Version = s.Version,
            };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] ServiceDirectory.ServiceInput input, string? pcodes, CancellationToken ct)
    {
        input.PCodes = (pcodes ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant()).ToList();
        Input = input;
        var found = true;
        if (await RunAsync(async () => found = Id is { } id ? await directory.UpdateAsync(id, input, ct) is not null : await directory.CreateAsync(input, ct) is not null))
        {
            if (!found)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Services.Saved"].Value;
            return Redirect("/Services");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Institutions = (await db.Institutions.AsNoTracking().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct)).Select(i => (i.Id, i.Name)).ToList();
}
