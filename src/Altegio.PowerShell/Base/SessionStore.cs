namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// Keeps the current session in a global variable of the caller's runspace. Each runspace has its own
    /// global scope, so ForEach-Object -Parallel, jobs and hosted runspaces never share a session by accident
    /// (the complaint against process-wide connections in Graph and PnP).
    /// </summary>
    internal static class SessionStore
    {
        /// <summary>The variable's name, without scope.</summary>
        public const string VariableName = "AltegioSession";

        private const string QualifiedName = "global:" + VariableName;

        public static AltegioSession? Get(PSCmdlet cmdlet)
        {
            var value = cmdlet.SessionState.PSVariable.GetValue(QualifiedName);
            return (value is PSObject wrapped ? wrapped.BaseObject : value) as AltegioSession;
        }

        /// <summary>True when the variable holds something that is not a live session (e.g. a deserialized copy).</summary>
        public static bool HoldsForeignValue(PSCmdlet cmdlet)
        {
            var value = cmdlet.SessionState.PSVariable.GetValue(QualifiedName);
            return value != null && Get(cmdlet) is null;
        }

        public static void Set(PSCmdlet cmdlet, AltegioSession session)
        {
            // Scope-qualified, so Connect-Altegio inside a function or script still sets the runspace's session.
            cmdlet.SessionState.PSVariable.Set(QualifiedName, session);
            var variable = cmdlet.SessionState.PSVariable.Get(QualifiedName);
            if (variable != null)
            {
                variable.Description = "The current Altegio session of this runspace, set by Connect-Altegio.";
            }
        }

        public static void Clear(PSCmdlet cmdlet)
        {
            if (cmdlet.SessionState.PSVariable.GetValue(QualifiedName) != null)
            {
                cmdlet.SessionState.PSVariable.Remove(QualifiedName);
            }
        }
    }
}
