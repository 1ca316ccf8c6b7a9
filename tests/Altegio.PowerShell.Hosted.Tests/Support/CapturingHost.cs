using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace Altegio.PowerShell.Hosted.Tests.Support;

/// <summary>
/// A host that records what PowerShell shows the user (the -WhatIf lines, the -Confirm prompts) and
/// answers prompts from a script of choices. A prompt nobody scripted fails the command, so a test
/// sees an unexpected prompt instead of hanging on it.
/// </summary>
public sealed class CapturingHost : PSHost
{
    private readonly CapturingHostUserInterface _ui = new();

    public override string Name => "AltegioTestHost";
    public override Version Version { get; } = new(1, 0);
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;
    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;
    public override PSHostUserInterface UI => _ui;

    /// <summary>Everything written to the host: Write-Host, -WhatIf lines, Out-Host.</summary>
    public List<string> Lines => _ui.Lines;

    /// <summary>The progress records the host was asked to show.</summary>
    public List<ProgressRecord> Progress => _ui.Progress;

    /// <summary>Every choice prompt shown, as "caption|message".</summary>
    public List<string> Prompts => _ui.Prompts;

    /// <summary>The answers, by label without the hot-key ampersand (e.g. "Yes", "No"), used in order.</summary>
    public Queue<string> Answers => _ui.Answers;

    public override void EnterNestedPrompt() => throw new NotSupportedException();
    public override void ExitNestedPrompt() => throw new NotSupportedException();
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }
    public override void SetShouldExit(int exitCode) { }

    private sealed class CapturingHostUserInterface : PSHostUserInterface
    {
        public List<string> Lines { get; } = new();
        public List<string> Prompts { get; } = new();
        public Queue<string> Answers { get; } = new();

        public override PSHostRawUserInterface RawUI { get; } = new FixedRawUserInterface();

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Prompts.Add(caption + "|" + message);
            if (Answers.Count == 0)
            {
                throw new PSInvalidOperationException($"Unexpected prompt: {caption}: {message}");
            }

            var answer = Answers.Dequeue();
            for (var i = 0; i < choices.Count; i++)
            {
                if (string.Equals(choices[i].Label.Replace("&", string.Empty, StringComparison.Ordinal), answer, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            throw new PSInvalidOperationException($"No choice '{answer}' in the prompt '{caption}'.");
        }

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions)
        {
            Prompts.Add(caption + "|" + message);
            throw new PSInvalidOperationException($"Unexpected prompt for input: {caption}: {message}");
        }

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new PSInvalidOperationException("Unexpected credential prompt.");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new PSInvalidOperationException("Unexpected credential prompt.");

        public override string ReadLine() => throw new PSInvalidOperationException("Unexpected Read-Host.");
        public override SecureString ReadLineAsSecureString() => throw new PSInvalidOperationException("Unexpected Read-Host.");

        public override void Write(string value) => Lines.Add(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Lines.Add(value);
        public override void WriteLine(string value) => Lines.Add(value);
        public override void WriteErrorLine(string value) => Lines.Add("ERROR: " + value);
        public override void WriteDebugLine(string message) => Lines.Add("DEBUG: " + message);
        public override void WriteVerboseLine(string message) => Lines.Add("VERBOSE: " + message);
        public override void WriteWarningLine(string message) => Lines.Add("WARNING: " + message);
        public override void WriteProgress(long sourceId, ProgressRecord record) => Progress.Add(record);

        public List<ProgressRecord> Progress { get; } = new();
    }

    private sealed class FixedRawUserInterface : PSHostRawUserInterface
    {
        public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;
        public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;
        public override Size BufferSize { get; set; } = new(120, 50);
        public override Coordinates CursorPosition { get; set; }
        public override int CursorSize { get; set; }
        public override bool KeyAvailable => false;
        public override Size MaxPhysicalWindowSize => new(120, 50);
        public override Size MaxWindowSize => new(120, 50);
        public override Coordinates WindowPosition { get; set; }
        public override Size WindowSize { get; set; } = new(120, 50);
        public override string WindowTitle { get; set; } = string.Empty;

        public override void FlushInputBuffer() { }
        public override BufferCell[,] GetBufferContents(Rectangle rectangle) => new BufferCell[0, 0];
        public override KeyInfo ReadKey(ReadKeyOptions options) => throw new PSInvalidOperationException("Unexpected key read.");
        public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) { }
        public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) { }
        public override void SetBufferContents(Rectangle rectangle, BufferCell fill) { }
    }
}
