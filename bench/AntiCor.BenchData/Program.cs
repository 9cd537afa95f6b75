using System.Diagnostics;
using AntiCor.BenchData;
using AntiCor.Core.Audit;
using AntiCor.Core.Audit.Keys;
using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// A national-scale data set for the benchmarks (issue 13); see bench/README.md.
if (GeneratorOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var settings = new Dictionary<string, string?> { ["Database:Provider"] = options.Provider, ["Data:Folder"] = options.Folder };
if (options.Connection is not null)
{
    settings[$"ConnectionStrings:{DatabaseOptions.ConnectionName}"] = options.Connection;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
Directory.CreateDirectory(options.Folder);
// The day the data set is "now": after the seed programme's last quarter was reported.
var clock = new BenchClock(new DateTime(2021, 3, 1, 8, 0, 0, DateTimeKind.Utc));
await using var services = new ServiceCollection()
    .AddSingleton<TimeProvider>(clock)
    .AddSingleton<IAuditActor>(new BenchActor())
    .AddSingleton(AuditKeys.Load(configuration, options.Folder))
    .AddAntiCorDatabase(DatabaseSetup.ReadOptions(configuration, options.Folder))
    .BuildServiceProvider();
await DatabaseSetup.MigrateAsync(services);
await using (var scope = services.CreateAsyncScope())
{
    if (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Organizations.AnyAsync())
    {
        Console.Error.WriteLine("Сховище вже містить організації: генератор заповнює лише порожнє.");
        return 1;
    }
}

var seed = ProgrammeImporter.Import(SeedProgramme.Read(), SeedProgramme.FileName);
var plan = Hierarchy.Plan(options.Organizations);
var generator = new OrganizationWriter(services, clock, seed);
var watch = Stopwatch.StartNew();
var ids = new List<Guid>(plan.Count);
for (var i = 0; i < plan.Count; i++)
{
    var random = new Random(HashCode.Combine(options.Seed, i));
    ids.Add(await generator.WriteAsync(plan[i], i, plan[i].Parent >= 0 ? ids[plan[i].Parent] : null, random));
    if (i % 10 == 9 || i == plan.Count - 1)
    {
        Progress.Show(i + 1, plan.Count, generator.Reports, watch.Elapsed);
    }
}

Console.Error.WriteLine();
Console.Error.WriteLine($"time by step: {Phases.Summary()}");
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var seconds = watch.Elapsed.TotalSeconds;
    var (organizations, units, measures) = (await db.Organizations.CountAsync(), await db.OrgUnits.CountAsync(), await db.Measures.CountAsync());
    var (obligations, reports, audit) = (await db.Obligations.CountAsync(), await db.Reports.CountAsync(), await db.AuditEntries.CountAsync());
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"bench-data: {organizations:N0} organisations, {units:N0} units, {measures:N0} measures, {obligations:N0} obligations, {reports:N0} reports, " +
        $"{audit:N0} audit rows in {seconds:0} s ({generator.Reports / seconds:N0} reports/s); seed {options.Seed}, {options.Provider}"));
}

return 0;
