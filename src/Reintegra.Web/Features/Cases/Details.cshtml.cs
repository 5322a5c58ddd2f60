using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

[Authorize(Policy = Policies.Cases)]
public sealed class DetailsModel(CaseView view, CaseAccess access, MoveCase move, ManageMembers members, TransferCase transfers, CurrentUser me) : CasePageModel(view)
{
    public IReadOnlyList<CaseAccess.Option> CaseWorkers { get; private set; } = [];

    public IReadOnlyList<CaseAccess.Option> Institutions { get; private set; } = [];

    public IReadOnlyList<CaseAccess.Option> Family { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ReloadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMoveAsync([FromForm(Name = "Move")] MoveCase.MoveInput input, CancellationToken ct) =>
        ChangeAsync(async () => await move.MoveAsync(Id, input, ct) is not null, "Case.Moved", "Move", null, ct);

    public Task<IActionResult> OnPostCloseAsync([FromForm(Name = "Close")] MoveCase.CloseInput input, CancellationToken ct) =>
        ChangeAsync(() => move.CloseAsync(Id, input, ct), "Case.ClosedDone", "Close", null, ct);

    public async Task<IActionResult> OnPostReassignAsync([FromForm(Name = "Assign")] MoveCase.AssignInput input, CancellationToken ct) =>
        me.Can(Policies.AssignCases) ? await ChangeAsync(() => move.ReassignAsync(Id, input, ct), "Case.Reassigned", "Assign", null, ct) : Forbid();

    public Task<IActionResult> OnPostFollowUpAsync([FromForm(Name = "FollowUp")] MoveCase.FollowUpInput input, CancellationToken ct) =>
        ChangeAsync(() => move.SetFollowUpAsync(Id, input, ct), "Case.FollowUpSet", "FollowUp", null, ct);

    public Task<IActionResult> OnPostChildProtectionAsync([FromForm(Name = "Child")] MoveCase.ChildProtectionInput input, CancellationToken ct) =>
        ChangeAsync(() => move.MarkChildProtectionAsync(Id, input, ct), "Case.ChildProtectionMarked", "Child", null, ct);

    public Task<IActionResult> OnPostAddMemberAsync([FromForm(Name = "Member")] ManageMembers.Input input, CancellationToken ct) =>
        ChangeAsync(async () => await members.AddAsync(Id, input, ct) is not null, "Case.MemberAdded", "Member", null, ct);

    public Task<IActionResult> OnPostRemoveMemberAsync(Guid memberId, int? version, CancellationToken ct) =>
        ChangeAsync(() => members.RemoveAsync(Id, memberId, new ManageMembers.RemoveInput { Version = version }, ct), "Case.MemberRemoved", "", null, ct);

    public Task<IActionResult> OnPostTransferAsync([FromForm(Name = "Transfer")] TransferCase.RequestInput input, CancellationToken ct) =>
        ChangeAsync(async () => await transfers.RequestAsync(Id, input, ct) is not null, "Transfer.Requested", "Transfer", null, ct);

    public Task<IActionResult> OnPostCancelTransferAsync(Guid transferId, CancellationToken ct) =>
        ChangeAsync(() => transfers.CancelAsync(transferId, ct), "Transfer.Cancelled", "", null, ct);

    protected override async Task<bool> ReloadAsync(CancellationToken ct)
    {
        if (!await LoadCaseAsync(ct))
        {
            return false;
        }
        CaseWorkers = me.Can(Policies.AssignCases) ? await access.CaseWorkersAsync(ct) : [];
        Institutions = await access.OtherInstitutionsAsync(ct);
        Family = await access.FamilyCandidatesAsync(Case!.ReturnEventId, Case.Person.Id, Case.Members.Where(m => m.PersonId is not null).Select(m => m.PersonId!.Value), ct);
        return true;
    }
}
