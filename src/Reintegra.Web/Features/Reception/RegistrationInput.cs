using Reintegra.Web.Domain;
using Reintegra.Web.Features.People;

namespace Reintegra.Web.Features.Reception;

/// <summary>
/// Everything reception records about one returning person, from a manifest row, a walk-in or the API.
/// With <see cref="ExistingPersonId"/> the return is attached to a person already in the registry.
/// </summary>
public sealed class RegistrationInput : PersonDetailsInput
{
    public Guid? ExistingPersonId { get; set; }

    public Guid? ArrivalId { get; set; }

    public Guid? ManifestEntryId { get; set; }

    /// <summary>Taken from the arrival when registering from one.</summary>
    public DateTime? ArrivedAt { get; set; }

    public ReturnMode? Mode { get; set; }

    public string? ReturnedFrom { get; set; }

    public ReturnCategory? Category { get; set; }

    public string? DestinationAdm1 { get; set; }

    public string? DestinationAdm2 { get; set; }

    public int? TimeAbroadMonths { get; set; }

    /// <summary>Join the family group of this earlier return (same reception centre).</summary>
    public Guid? FamilyWithReturnId { get; set; }

    public ChildStatus? ChildStatus { get; set; }

    public Guid? AccompanyingReturnId { get; set; }

    public List<Vulnerability> Vulnerabilities { get; set; } = [];

    public WgAnswer? WgSeeing { get; set; }

    public WgAnswer? WgHearing { get; set; }

    public WgAnswer? WgWalking { get; set; }

    public WgAnswer? WgRemembering { get; set; }

    public WgAnswer? WgSelfCare { get; set; }

    public WgAnswer? WgCommunicating { get; set; }

    public List<ImmediateNeed> ImmediateNeeds { get; set; } = [];

    public List<SensitiveFlag> SensitiveFlags { get; set; } = [];

    public string? SensitiveNotes { get; set; }

    public string? Notes { get; set; }

    public List<ReferralInput> Referrals { get; set; } = [];

    /// <summary>Close the reception in the same step (refused for an unaccompanied child without a child-protection referral).</summary>
    public bool CompleteReception { get; set; }

    /// <summary>A form always posts its empty document and referral rows; they are not input.</summary>
    public void DropEmptyRows()
    {
        Documents.RemoveAll(d => d.Type is null && string.IsNullOrWhiteSpace(d.Number));
        Referrals.RemoveAll(r => r.ToInstitutionId is null && string.IsNullOrWhiteSpace(r.ToName) && string.IsNullOrWhiteSpace(r.Reference));
    }

    public WashingtonGroupAnswers WashingtonGroup => new(WgSeeing, WgHearing, WgWalking, WgRemembering, WgSelfCare, WgCommunicating);
}

public sealed class DocumentInput
{
    public DocumentType? Type { get; set; }

    public string? Number { get; set; }

    public string? IssuingCountry { get; set; }
}

public sealed class ReferralInput
{
    public ReferralKind? Kind { get; set; }

    public Guid? ToInstitutionId { get; set; }

    /// <summary>Name of the receiving service when it is not an institution of the instance.</summary>
    public string? ToName { get; set; }

    public string? Reference { get; set; }

    public string? Notes { get; set; }
}
