using System.Runtime.InteropServices;

namespace Altegio.MockServer;

/// <summary>Runs the mock as a process for the Pester suite and the demo.</summary>
public static class Program
{
    private const string Usage = "usage: Altegio.MockServer [--port <n>] [--rate-per-second <n>] [--rate-per-minute <n>] [--retry-after seconds|date|none] [--exit-on-stdin-eof]";

    public static async Task<int> Main(string[] args)
    {
        var options = new MockServerOptions();
        var flags = new Dictionary<string, Action<string>>
        {
            ["--port"] = v => options.Port = int.Parse(v, CultureInfo.InvariantCulture),
            ["--rate-per-second"] = v => options.RatePerSecond = int.Parse(v, CultureInfo.InvariantCulture),
            ["--rate-per-minute"] = v => options.RatePerMinute = int.Parse(v, CultureInfo.InvariantCulture),
            ["--retry-after"] = v => options.RetryAfter = Enum.Parse<RetryAfterMode>(v, ignoreCase: true),
        };
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var set = args[i] == "--exit-on-stdin-eof" ? null : flags.GetValueOrDefault(args[i]) ?? throw new FormatException($"Unknown argument '{args[i]}'.");
                set?.Invoke(++i < args.Length ? args[i] : throw new FormatException($"{args[i - 1]} needs a value."));
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var server = await MockAltegioServer.StartAsync(options).ConfigureAwait(false);
        Console.Out.WriteLine("MOCK_URL=" + server.BaseUri.ToString().TrimEnd('/'));
        Console.Out.Flush();
        if (args.Contains("--exit-on-stdin-eof"))
        {
            // The parent holds our stdin; when it dies without signalling, EOF still stops us.
            _ = Task.Run(async () =>
            {
                await Console.OpenStandardInput().CopyToAsync(System.IO.Stream.Null).ConfigureAwait(false);
                await stop.CancelAsync().ConfigureAwait(false);
            });
        }

        await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
