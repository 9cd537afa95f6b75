using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AntiCor.Load;

/// <summary>
/// The published app as a process of its own, on the store the in-process host prepared, so the
/// server and the load client can be pinned to different cores (`--server-cpu`) and the server
/// can be killed and started again (the crash run). Built with the load tool (same configuration).
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly int? _cpu;
    private Process? _process;

    public ServerProcess(IReadOnlyDictionary<string, string> settings, int? cpu)
    {
        _settings = settings;
        _cpu = cpu;
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
    }

    public Uri Address { get; }

    public int? Pid => _process?.Id;

    /// <summary>The process's peak resident memory so far (VmHWM), in MB; null when it is not running.</summary>
    public long? PeakRssMb()
    {
        if (_process is not { HasExited: false } process)
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public async Task StartAsync()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "AntiCor.Web.dll");
        var start = _cpu is { } cpu
            ? new ProcessStartInfo("taskset") { ArgumentList = { "-c", cpu.ToString(System.Globalization.CultureInfo.InvariantCulture), "dotnet", app } }
            : new ProcessStartInfo("dotnet") { ArgumentList = { app } };
        start.WorkingDirectory = LoadHost.WebProjectFolder();
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        // Drained, so a chatty server never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"server: {e.Data}"); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitReadyAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flush; what the store holds afterwards is what it had made durable.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as systemd stops a service: the exit code and how long the shutdown took (-1 when it outlived the limit and was killed).</summary>
    public async Task<(int ExitCode, double Seconds)> TerminateAsync(TimeSpan limit)
    {
        if (_process is not { HasExited: false } process)
        {
            return (-1, 0);
        }

        var clock = Stopwatch.StartNew();
        _ = SendSignal(process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            var code = process.ExitCode;
            process.Dispose();
            _process = null;
            return (code, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            return (-1, clock.Elapsed.TotalSeconds);
        }
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException("The server process exited before it answered.");
            }

            try
            {
                using var response = await client.GetAsync("/account/login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The server process did not answer within 120 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
