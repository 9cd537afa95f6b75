using AntiCor.Core.Domain;
using AntiCor.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.Property(g => g.Role).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(g => g.State).HasConversion<string>().HasMaxLength(Limits.Short);
        builder.HasIndex(g => new { g.OrganizationId, g.State });
        builder.HasIndex(g => g.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
