using Microsoft.AspNetCore.Identity;

namespace Reintegra.Web.Domain;

public sealed class AppUser : IdentityUser<Guid>
{
    public Guid InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>The UI language the user chose: "es" or "en".</summary>
    public string Culture { get; set; } = "es";

    public DateTime CreatedAt { get; set; }
}
