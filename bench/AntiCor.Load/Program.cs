using AntiCor.Load;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Load runs against the real app on a loopback socket; see bench/README.md for how to read them.
if (LoadOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (options.Scenario == "pages")
{
    Console.WriteLine($"{options.Provider}: {await PagesRun.RunAsync(options)}");
    return 0;
}

// The in-process host migrates, seeds and fills the store (and reads it back afterwards); with
// --server process the measured requests go to a separate server process on the same store.
await using var host = new LoadHost(options);
await host.StartAsync();
Stages.Done("store migrated and seeded");
var city = await LoadData.FillAsync(host, options.Members, options.Scenario == "board" ? 0 : options.Submitters);
Stages.Done("members and accounts");
if (options.Scenario == "crash")
{
    var sink = new MailSink();
    await using var crashing = new ServerProcess(CrashRun.ServerSettings(host.Settings, sink), options.ServerCpu);
    Console.WriteLine($"{options.Provider}: {await CrashRun.RunAsync(host, crashing, sink, city, options.Kills, options.FileBytes)}");
    return 0;
}

await using var process = options.OwnProcess ? new ServerProcess(host.Settings, options.ServerCpu) : null;
Uri server;
if (process is not null)
{
    await process.StartAsync();
    server = process.Address;
    Stages.Done("server process started");
}
else
{
    server = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

IReadOnlyList<string> lines = options.Scenario == "board"
    ? [await BoardRun.RunAsync(server, city, options.Rounds)]
    : await RushRun.RunAsync(host, server, city, options.ThinkMs, options.FileBytes, options.WarmUp);
// The peak is the server's over the whole run, so each line of a multi-rush run states the same one.
var memory = process?.PeakRssMb() is { } rss ? $"; server peak RSS {rss} MB" : "";
foreach (var line in lines)
{
    Console.WriteLine($"{options.Provider}{(process is null ? "" : " (own process)")}: {line}{memory}");
}

return 0;
