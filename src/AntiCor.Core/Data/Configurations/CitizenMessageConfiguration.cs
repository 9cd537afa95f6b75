using AntiCor.Core.Domain;
using AntiCor.Core.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class CitizenMessageConfiguration : IEntityTypeConfiguration<CitizenMessage>
{
    public void Configure(EntityTypeBuilder<CitizenMessage> builder)
    {
        builder.HasOne<Measure>().WithMany().HasForeignKey(m => m.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Text).HasMaxLength(CitizenMessage.MaxLength).IsRequired();
        builder.HasIndex(m => new { m.OrganizationId, m.HandledAtUtc, m.ReceivedAtUtc });
        builder.Ignore(m => m.IsHandled);
    }
}
