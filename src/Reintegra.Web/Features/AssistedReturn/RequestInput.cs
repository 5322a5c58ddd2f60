using Microsoft.AspNetCore.Mvc;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.People;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>What a requester fills in for an assisted return, from the form or the API (at most one identity document).</summary>
public sealed class RequestInput : PersonDetailsInput
{
    /// <summary>The country where the migrant is now (transit or destination).</summary>
    public string? CurrentCountry { get; set; }

    public string? CurrentPlace { get; set; }

    public string? ReturnCountry { get; set; }

    public string? DestinationAdm1 { get; set; }

    public string? DestinationAdm2 { get; set; }

    /// <summary>The office the request goes to (see <c>GET /api/v1/avr/offices</c>); needed to submit.</summary>
    public Guid? ProcessingInstitutionId { get; set; }

    public ChildStatus? ChildStatus { get; set; }

    public List<Vulnerability> Vulnerabilities { get; set; } = [];

    public List<SensitiveFlag> SensitiveFlags { get; set; } = [];

    public string? HealthNotes { get; set; }

    public bool EscortRequired { get; set; }

    public string? EscortNeeds { get; set; }

    public string? Currency { get; set; }

    [ModelBinder(typeof(InvariantDecimalBinder))]
    public decimal? TicketAmount { get; set; }

    [ModelBinder(typeof(InvariantDecimalBinder))]
    public decimal? EscortAmount { get; set; }

    [ModelBinder(typeof(InvariantDecimalBinder))]
    public decimal? PerDiemAmount { get; set; }

    [ModelBinder(typeof(InvariantDecimalBinder))]
    public decimal? MedicalAmount { get; set; }

    public List<FamilyMemberInput> Family { get; set; } = [];

    /// <summary>The version read, when changing a draft (409 if someone changed it since).</summary>
    public int? Version { get; set; }

    /// <summary>A form always posts its empty family rows; they are not input.</summary>
    public void DropEmptyRows() =>
        Family.RemoveAll(f => string.IsNullOrWhiteSpace(f.GivenNames) && string.IsNullOrWhiteSpace(f.FirstSurname) && string.IsNullOrWhiteSpace(f.BirthDate) && f.BirthYear is null && f.EstimatedAge is null);
}

public sealed class FamilyMemberInput
{
    public string? GivenNames { get; set; }

    public string? FirstSurname { get; set; }

    public string? SecondSurname { get; set; }

    public Sex? Sex { get; set; }

    public string? BirthDate { get; set; }

    public int? BirthYear { get; set; }

    public int? EstimatedAge { get; set; }

    public FamilyRelationship? Relationship { get; set; }
}
