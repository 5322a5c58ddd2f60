using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class ConsentModel(CaseView view, RecordConsent consents) : CasePageModel(view)
{
    public RecordConsent.Input Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCaseAsync(ct))
        {
            return NotFound();
        }
        // A new statement starts from what the person agreed to last.
        var current = Case!.Consent;
        Input = new RecordConsent.Input
        {
            DataCollection = current?.DataCollection ?? true,
            SharingWith = current?.SharingWith.ToList() ?? [],
            SharedFields = current?.SharedFields.ToList() ?? [SharedField.Name, SharedField.SexAndAge],
            FollowUpContact = current?.FollowUpContact ?? true,
            EmployerProposal = current?.EmployerProposal ?? false,
            GivenBy = Case.Person.IsChild ? ConsentGivenBy.Proxy : current?.GivenBy ?? ConsentGivenBy.Person,
            ProxyName = current?.ProxyName,
            ProxyRelationship = current?.ProxyRelationship,
        };
        return Page();
    }

    public Task<IActionResult> OnPostRecordAsync([FromForm(Name = "Input")] RecordConsent.Input input, CancellationToken ct)
    {
        Input = input;
        return ChangeAsync(async () => await consents.RecordAsync(Id, input, ct) is not null, "Consent.Recorded", "Input", $"/Cases/{Id}", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync([FromForm(Name = "Withdraw")] RecordConsent.WithdrawInput input, CancellationToken ct) =>
        ChangeAsync(async () => await consents.WithdrawAsync(Id, input, ct) is not null, "Consent.Withdrawn", "Withdraw", $"/Cases/{Id}", ct);
}
