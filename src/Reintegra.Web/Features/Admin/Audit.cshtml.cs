using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Admin;

[Authorize(Policy = Policies.ReadAudit)]
public sealed class AuditModel(ReadAudit audit) : AppPageModel
{
    public Guid? PersonId { get; private set; }

    public string? Action { get; private set; }

    public ReadAudit.AuditPage? Entries { get; private set; }

    public async Task OnGetAsync(Guid? personId, string? action, int? page)
    {
        (PersonId, Action) = (personId, action);
        Entries = await audit.ListAsync(personId, action, page ?? 1);
    }
}
