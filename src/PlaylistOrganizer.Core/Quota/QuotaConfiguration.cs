using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Quota;

internal sealed class QuotaChargeConfiguration : IEntityTypeConfiguration<QuotaCharge>
{
    public void Configure(EntityTypeBuilder<QuotaCharge> e)
    {
        e.HasKey(c => c.Id);
        e.HasIndex(c => c.Day);
        // Rows from before charges were settled were all written with their answer.
        e.Property(c => c.AwaitingAnswer).HasDefaultValue(false);
        e.Property(c => c.Method).HasConversion<string>().HasMaxLength(40);
        e.Property(c => c.ErrorKind).HasConversion<string>().HasMaxLength(40);
        e.Property(c => c.ErrorReason).HasMaxLength(200);
    }
}

internal sealed class SpentQuotaDayConfiguration : IEntityTypeConfiguration<SpentQuotaDay>
{
    public void Configure(EntityTypeBuilder<SpentQuotaDay> e) => e.HasKey(d => d.Day);
}
