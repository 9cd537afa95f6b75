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

await using var host = new LoadHost(options);
await host.StartAsync();
var server = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
var city = await LoadData.FillAsync(host, options.Members, options.Scenario == "rush" ? options.Submitters : 0);
var line = options.Scenario == "board"
    ? await BoardRun.RunAsync(server, city, options.Rounds)
    : await RushRun.RunAsync(host, server, city, options.ThinkMs);
Console.WriteLine($"{options.Provider}: {line}");
return 0;
