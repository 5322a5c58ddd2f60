using System.Security.Claims;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Web;

/// <summary>The signed-in user of the current request: who they are, their institution and their roles.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string InstitutionClaim = "reintegra:institution";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public string UserName => Principal.FindFirstValue(ClaimTypes.Name) ?? "";

    public Guid InstitutionId => Guid.TryParse(Principal.FindFirstValue(InstitutionClaim), out var id) ? id : Guid.Empty;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    /// <summary>Whether the user holds one of the roles a policy names (see <see cref="Policies"/>).</summary>
    public bool Can(string policy) => Policies.RolesByPolicy[policy].Any(Principal.IsInRole);

    public AuditActor Actor => IsAuthenticated ? new AuditActor(Id, UserName, InstitutionId) : AuditActor.System;
}
