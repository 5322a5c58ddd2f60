using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Cases;

/// <summary>Opens a case from a person's page or straight from the return registered at reception.</summary>
[Authorize(Policy = Policies.Cases)]
public sealed class OpenModel(OpenCase open, CaseAccess access, AppDbContext db, CurrentUser me, LocalTime time, AuditLog audit, IStringLocalizer<CasesText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ReturnId { get; set; }

    public string PersonName { get; private set; } = "";

    public int? Age { get; private set; }

    public ChildStatus? ChildStatus { get; private set; }

    public IReadOnlyList<CaseAccess.Option> Family { get; private set; } = [];

    public IReadOnlyList<CaseAccess.Option> CaseWorkers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (await access.OpenCaseIdAsync(PersonId!.Value, ct) is { } existing)
        {
            return Redirect($"/Cases/{existing}");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Input")] OpenCase.Input input, List<Guid> family, CancellationToken ct)
    {
        input.PersonId = PersonId;
        input.ReturnEventId = ReturnId;
        input.Members = family.Select(f => new OpenCase.MemberInput { PersonId = f, Relationship = HouseholdRelationship.OtherRelative }).ToList();
        OpenCase.Result? result = null;
        if (await RunAsync(async () => result = await open.OpenAsync(input, ct)))
        {
            TempData["Flash"] = text["Case.Opened"].Value;
            return Redirect($"/Cases/{result!.CaseId}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ReturnId is { } rid)
        {
            var ret = await db.Returns.AsNoTracking().Where(r => r.Id == rid && r.InstitutionId == me.InstitutionId).Select(r => new { r.PersonId, r.ChildStatus }).FirstOrDefaultAsync(ct);
            if (ret is null)
            {
                return false;
            }
            PersonId = ret.PersonId;
            ChildStatus = ret.ChildStatus;
        }
        if (PersonId is not { } pid)
        {
            return false;
        }
        var person = await db.People.AsNoTracking().VisibleTo(db, me.InstitutionId).FirstOrDefaultAsync(p => p.Id == pid, ct);
        if (person is null)
        {
            return false;
        }
        PersonName = person.DisplayName;
        Age = person.AgeOn(time.Today);
        Family = await access.FamilyCandidatesAsync(ReturnId, pid, [], ct);
        CaseWorkers = me.Can(Policies.AssignCases) ? await access.CaseWorkersAsync(ct) : [];
        audit.Viewed(nameof(Person), pid, pid, "case.open");
        await audit.SaveAsync(ct);
        return true;
    }
}
