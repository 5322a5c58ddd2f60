using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class CaseFactRecordConfiguration : IEntityTypeConfiguration<CaseFactRecord>
{
    public void Configure(EntityTypeBuilder<CaseFactRecord> b)
    {
        b.ToTable("StatisticsCaseFacts");
        b.HasKey(x => x.CaseId);
        b.Property(x => x.CaseId).ValueGeneratedNever();
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class ReferralFactRecordConfiguration : IEntityTypeConfiguration<ReferralFactRecord>
{
    public void Configure(EntityTypeBuilder<ReferralFactRecord> b)
    {
        b.ToTable("StatisticsReferralFacts");
        b.HasKey(x => x.ReferralId);
        b.Property(x => x.ReferralId).ValueGeneratedNever();
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class ReintegrationChangeConfiguration : IEntityTypeConfiguration<ReintegrationChange>
{
    public void Configure(EntityTypeBuilder<ReintegrationChange> b)
    {
        b.ToTable("StatisticsReintegrationChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
    }
}
