using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AntiCor.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; never used at run time.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions(DatabaseProvider.Postgres, "Host=localhost;Database=anticor_design;Username=postgres"));
        return new AppDbContext(builder.Options);
    }
}
