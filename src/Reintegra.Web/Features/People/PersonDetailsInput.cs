using Reintegra.Web.Features.Reception;

namespace Reintegra.Web.Features.People;

/// <summary>
/// A person's identity and contact as a form or the API sends them: the base of a registration and of a correction,
/// read and checked by <see cref="PersonFields.ReadIdentity"/> and <see cref="PersonFields.ReadContact"/>.
/// </summary>
public class PersonDetailsInput
{
    public string? GivenNames { get; set; }

    public string? FirstSurname { get; set; }

    public string? SecondSurname { get; set; }

    public Domain.Sex? Sex { get; set; }

    /// <summary>yyyy-MM-dd or dd/MM/yyyy, or just the year.</summary>
    public string? BirthDate { get; set; }

    public int? BirthYear { get; set; }

    public int? EstimatedAge { get; set; }

    public string? Nationality { get; set; }

    public List<DocumentInput> Documents { get; set; } = [];

    public string? OriginAdm1 { get; set; }

    public string? OriginAdm2 { get; set; }

    public string? Phone { get; set; }

    public List<string> Languages { get; set; } = [];
}
