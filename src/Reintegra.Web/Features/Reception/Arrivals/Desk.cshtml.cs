using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Reception.Arrivals;

/// <summary>
/// The reception desk: the arrival's queue beside the registration form, prefilled from the manifest. Registering
/// moves straight on to the next person in the queue, so a flight of 130 goes through one form after another.
/// </summary>
[Authorize(Policy = Policies.Reception)]
public sealed class DeskModel(ManageArrivals arrivals, ArrivalQueue queue, RegisterReturn register, InstanceCountry country, IStringLocalizer<ReceptionText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public ArrivalQueue.Queue? Queue { get; private set; }

    public RegistrationForm Form => new(Input, Queue!.Arrival, Queue.Registered, Country);

    public int? EntryLine { get; private set; }

    private string Country { get; set; } = "GT";

    public async Task<IActionResult> OnGetAsync(string? entry, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var selected = entry == "none" ? null
            : Guid.TryParse(entry, out var id) ? Queue!.Manifest.FirstOrDefault(m => m.EntryId == id && m.Status == ManifestEntryStatus.Expected)
            : Queue!.NextExpected(null);
        if (selected is not null && await queue.EntryAsync(Id, selected.EntryId, ct) is { } e)
        {
            EntryLine = e.LineNumber;
            Input = new RegistrationInput
            {
                ManifestEntryId = e.Id,
                GivenNames = e.GivenNames,
                FirstSurname = e.FirstSurname,
                SecondSurname = e.SecondSurname,
                Sex = e.Sex,
                BirthDate = e.BirthDate?.ToString("yyyy-MM-dd") ?? e.BirthYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Nationality = e.NationalityCode,
                Documents = e.DocumentNumber is null ? [] : [new DocumentInput { Type = e.DocumentType, Number = e.DocumentNumber, IssuingCountry = e.NationalityCode }],
                Notes = e.Notes,
            };
        }
        else
        {
            Input = new RegistrationInput { Nationality = Country };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? next, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input.ArrivalId = Id;
        Input.CompleteReception = next == "complete";
        Input.DropEmptyRows();
        RegisterReturn.Result? result = null;
        if (!await RunAsync(async () => result = await register.RegisterAsync(Input, ct)))
        {
            EntryLine = Queue!.Manifest.FirstOrDefault(m => m.EntryId == Input.ManifestEntryId)?.Line;
            return Page();
        }
        var name = $"{Input.GivenNames} {Input.FirstSurname}".Trim();
        var childPending = Input.ChildStatus is ChildStatus.Unaccompanied or ChildStatus.Separated && Input.Referrals.Count == 0;
        TempData["Flash"] = text[childPending ? "Desk.RegisteredChildPending" : "Desk.Registered", name.Length > 0 ? name : result!.PersonId.ToString()].Value;
        var line = Queue!.Manifest.FirstOrDefault(m => m.EntryId == Input.ManifestEntryId)?.Line;
        await LoadAsync(ct);
        var following = Queue!.NextExpected(line);
        return Redirect(following is null ? $"/Reception/Arrivals/{Id}/Desk?entry=none" : $"/Reception/Arrivals/{Id}/Desk?entry={following.EntryId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Country = await country.GetAsync(ct);
        Queue = await queue.GetAsync(Id, arrivals, ct);
        return Queue is not null && Queue.Arrival.Status == ArrivalStatus.Announced;
    }
}
