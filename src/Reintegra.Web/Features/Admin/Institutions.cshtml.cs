using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class InstitutionsModel(ManageInstitutions institutions, IStringLocalizer<AdminText> text) : AppPageModel
{
    public IReadOnlyList<ManageInstitutions.InstitutionView> Institutions { get; private set; } = [];

    [BindProperty]
    public ManageInstitutions.InstitutionInput Input { get; set; } = new(null, InstitutionKind.ReceptionCentre, "GT", null, true, null);

    public Guid? EditId { get; private set; }

    public async Task OnGetAsync(Guid? edit)
    {
        if (edit is { } id && await institutions.FindAsync(id) is { } x)
        {
            EditId = id;
            Input = new(x.Name, x.Kind, x.CountryCode, x.Adm1PCode, x.IsActive, x.Version);
        }
        Institutions = await institutions.ListAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? editId)
    {
        // An unticked checkbox posts nothing: that means inactive.
        Input = Input with { IsActive = Input.IsActive ?? false };
        var ok = await RunAsync(async () =>
        {
            if (editId is { } id)
            {
                await institutions.UpdateAsync(id, Input);
            }
            else
            {
                await institutions.CreateAsync(Input);
            }
        });
        if (ok)
        {
            TempData["Flash"] = text[editId is null ? "Institutions.Created" : "Institutions.Updated"].Value;
            return Redirect("/Admin/Institutions");
        }
        EditId = editId;
        Institutions = await institutions.ListAsync();
        return Page();
    }
}
