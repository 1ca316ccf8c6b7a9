using System.Runtime.InteropServices;

namespace Altegio.MockServer;

/// <summary>Runs the mock as a process for the Pester suite and the demo.</summary>
public static class Program
{
    private const string Usage = "usage: Altegio.MockServer [--port <n>] [--rate-per-second <n>] [--rate-per-minute <n>] [--retry-after seconds|date|none] [--exit-on-stdin-eof]";

    public static async Task<int> Main(string[] args)
    {
        var options = new MockServerOptions();
        var exitOnEof = false;
        var flags = new Dictionary<string, Action<string>>
        {
            ["--port"] = v => options.Port = int.Parse(v, CultureInfo.InvariantCulture),
            ["--rate-per-second"] = v => options.RatePerSecond = int.Parse(v, CultureInfo.InvariantCulture),
            ["--rate-per-minute"] = v => options.RatePerMinute = int.Parse(v, CultureInfo.InvariantCulture),
            ["--retry-after"] = v => options.RetryAfter = Enum.Parse<RetryAfterMode>(v, ignoreCase: true),
        };
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] is "--help" or "-h")
                {
                    Console.WriteLine(Usage);
                    return 0;
                }

                if (args[i] == "--exit-on-stdin-eof")
                {
                    exitOnEof = true;
                }
                else if (flags.TryGetValue(args[i], out var set))
                {
                    set(++i < args.Length ? args[i] : throw new FormatException($"{args[i - 1]} needs a value."));
                }
                else
                {
                    throw new FormatException($"Unknown argument '{args[i]}'.");
                }
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

        if (exitOnEof)
        {
            // The parent holds our stdin; when it dies without signalling, EOF still stops us.
            _ = Task.Run(async () =>
            {
                var stdin = Console.OpenStandardInput();
                var buffer = new byte[256];
                try
                {
                    while (await stdin.ReadAsync(buffer, stop.Token).ConfigureAwait(false) > 0)
                    {
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                stop.Cancel();
            });
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Normal shutdown.
        }

        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
