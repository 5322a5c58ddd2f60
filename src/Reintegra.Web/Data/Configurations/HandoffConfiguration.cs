using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class PeerInstanceConfiguration : IEntityTypeConfiguration<PeerInstance>
{
    public void Configure(EntityTypeBuilder<PeerInstance> b)
    {
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.BaseUrl).HasMaxLength(300);
        b.Property(x => x.PublicKeyPem).HasMaxLength(1000);
        b.Property(x => x.KeyId).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ReceptionInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ChildProtectionInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CountryCode).IsUnique();
    }
}

internal sealed class InstanceKeyConfiguration : IEntityTypeConfiguration<InstanceKey>
{
    public void Configure(EntityTypeBuilder<InstanceKey> b)
    {
        b.HasKey(x => x.KeyId);
        b.Property(x => x.KeyId).HasMaxLength(64);
        b.Property(x => x.PublicKeyPem).HasMaxLength(1000);
        b.Property(x => x.PrivateKey).HasMaxLength(1000);
    }
}

internal sealed class HandoffMessageConfiguration : IEntityTypeConfiguration<HandoffMessage>
{
    public void Configure(EntityTypeBuilder<HandoffMessage> b)
    {
        // One row per message id and direction: the same id arriving twice is a replay, refused by the key.
        b.HasKey(x => new { x.Id, x.Direction });
        b.Property(x => x.PeerCountry).HasMaxLength(2);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Subject).HasMaxLength(40);
        b.Property(x => x.Envelope).HasMaxLength(HandoffMessage.MaxEnvelopeLength);
        b.Property(x => x.LastError).HasMaxLength(300);
        b.HasIndex(x => new { x.SubjectId, x.Direction });
    }
}

internal sealed class AnnouncedReturnConfiguration : IEntityTypeConfiguration<AnnouncedReturn>
{
    public void Configure(EntityTypeBuilder<AnnouncedReturn> b)
    {
        b.Property(x => x.SourceCountry).HasMaxLength(2);
        b.Property(x => x.Reference).HasMaxLength(40);
        b.Property(x => x.GivenNames).HasMaxLength(100);
        b.Property(x => x.FirstSurname).HasMaxLength(100);
        b.Property(x => x.SecondSurname).HasMaxLength(100);
        b.Property(x => x.NationalityCode).HasMaxLength(2);
        b.Property(x => x.DocumentNumber).HasMaxLength(40);
        b.Property(x => x.DocumentCountry).HasMaxLength(2);
        b.Property(x => x.Phone).HasMaxLength(25);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.Property(x => x.OriginAdm2).HasMaxLength(10);
        b.Property(x => x.DestinationAdm1).HasMaxLength(10);
        b.Property(x => x.DestinationAdm2).HasMaxLength(10);
        b.Property(x => x.Itinerary).HasMaxLength(500);
        b.Property(x => x.PointOfEntry).HasMaxLength(150);
        b.Property(x => x.EscortName).HasMaxLength(200);
        b.Property(x => x.EscortNeeds).HasMaxLength(500);
        b.Property(x => x.ConsentProxyName).HasMaxLength(200);
        b.Property(x => x.ConsentProxyRelationship).HasMaxLength(100);
        b.Property(x => x.HealthNotes).HasMaxLength(2000);
        b.Property(x => x.FamilyJson).HasMaxLength(20_000);
        b.Property(x => x.HistoryJson).HasMaxLength(50_000);
        b.Property(x => x.RequestedBy).HasMaxLength(200);
        b.Property(x => x.ProcessedBy).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.DisplayName);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ReceptionInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ChildProtectionInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReturnEvent>().WithMany().HasForeignKey(x => x.ReturnEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SourceCountry, x.SourceRequestId }).IsUnique();
        b.HasIndex(x => new { x.ReceptionInstitutionId, x.Status, x.ExpectedArrivalAt });
        b.HasIndex(x => new { x.ChildProtectionInstitutionId, x.ExpectedArrivalAt });
    }
}
