using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

[Authorize(Policy = Policies.Reception)]
public sealed class EditModel(PersonPage page, EditPerson edit, IStringLocalizer<PeopleText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public EditPerson.PersonInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var d = await page.GetAsync(Id, ct);
        if (d is null)
        {
            return NotFound();
        }
        var p = d.Person;
        Input = new EditPerson.PersonInput
        {
            GivenNames = p.GivenNames,
            FirstSurname = p.FirstSurname,
            SecondSurname = p.SecondSurname,
            Sex = p.Sex,
            BirthDate = p.BirthDate?.ToString("yyyy-MM-dd") ?? p.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Nationality = p.NationalityCode,
            OriginAdm1 = p.OriginAdm1,
            OriginAdm2 = p.OriginAdm2,
            Phone = p.Phone,
            Languages = [.. p.Languages],
            Documents = p.Documents.Select(x => new DocumentInput { Type = x.Type, Number = x.Number, IssuingCountry = x.IssuingCountry }).ToList(),
            Version = d.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Documents.RemoveAll(x => x.Type is null && string.IsNullOrWhiteSpace(x.Number));
        var found = true;
        if (!await RunAsync(async () => found = await edit.UpdateAsync(Id, Input, ct)))
        {
            return Page();
        }
        if (!found)
        {
            return NotFound();
        }
        TempData["Flash"] = text["Person.Saved"].Value;
        return Redirect($"/People/{Id}");
    }
}
