namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// Lets a switch parameter take yes/no text by property name. PowerShell refuses to bind a string to a
    /// switch, so an Import-Csv row with a column "Paid" = "True" would fail to bind; this turns such text
    /// (true/false, 1/0, yes/no, blank = false; see <see cref="FlagText"/>) into a SwitchParameter first.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class FlagTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                if (FlagText.TryParse(text, out var flag))
                {
                    return new SwitchParameter(flag);
                }

                throw new ArgumentTransformationMetadataException(
                    "'" + text + "' is not a yes/no value. Use true or false, 1 or 0, yes or no.");
            }

            return inputData;
        }
    }
}
