using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class ProgrammeEditionConfiguration : IEntityTypeConfiguration<ProgrammeEdition>
{
    public void Configure(EntityTypeBuilder<ProgrammeEdition> builder)
    {
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ProgrammeId, e.Number }).IsUnique();
        builder.HasIndex(e => e.OrganizationId);
        builder.Property(e => e.CreatedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(e => e.Snapshot).IsRequired();
        builder.OwnsOne(e => e.Act, act =>
        {
            act.Property(a => a.Kind).HasColumnName("ActKind").HasMaxLength(Limits.Short);
            act.Property(a => a.Number).HasColumnName("ActNumber").HasMaxLength(Limits.Short);
            act.Property(a => a.Date).HasColumnName("ActDate");
            act.Property(a => a.Title).HasColumnName("ActTitle").HasMaxLength(Limits.Title);
        });
    }
}
