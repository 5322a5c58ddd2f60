using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Referrals;

/// <summary>An urgent referral straight from reception to a service of the directory, with the consent to this sharing recorded.</summary>
[Authorize(Policy = Policies.Reception)]
public sealed class UrgentModel(AppDbContext db, CurrentUser me, LocalTime time, ServiceDirectory directory, SendReferral send, AuditLog audit,
    IStringLocalizer<ReferralsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ReturnId { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceCategory? Category { get; set; }

    public string PersonName { get; private set; } = "";

    public int? Age { get; private set; }

    public ServiceDirectory.Page Services { get; private set; } = new([], 1, 0);

    public SendReferral.UrgentInput Input { get; private set; } = new() { Urgency = ReferralUrgency.Urgent, SharedFields = [SharedField.Name, SharedField.SexAndAge] };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] SendReferral.UrgentInput input, CancellationToken ct)
    {
        Input = input;
        SendReferral.Result? sent = null;
        if (await RunAsync(async () => sent = await send.SendFromReturnAsync(ReturnId, input, ct)))
        {
            if (sent is null)
            {
                return NotFound();
            }
            TempData["Flash"] = text["Urgent.Sent", sent.Reference].Value;
            return Redirect($"/Referrals/{sent.ReferralId}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var ret = await db.Returns.AsNoTracking().Include(r => r.Person)
            .FirstOrDefaultAsync(r => r.Id == ReturnId && r.InstitutionId == me.InstitutionId, ct);
        if (ret is null)
        {
            return false;
        }
        var person = ret.Person!;
        PersonName = person.DisplayName;
        Age = person.AgeOn(time.Today);
        if (Age is < ReturnEvent.AdultAge)
        {
            Input.GivenBy ??= ConsentGivenBy.Proxy;
        }
        Services = await directory.SearchAsync(new ServiceDirectory.Query(null, Category, ret.DestinationAdm2 ?? ret.DestinationAdm1 ?? person.OriginAdm2 ?? person.OriginAdm1,
            Age, person.Sex, null, false, 1), ct);
        audit.Viewed(nameof(ReturnEvent), ret.Id, person.Id, "referral.urgent");
        await audit.SaveAsync(ct);
        return true;
    }
}
