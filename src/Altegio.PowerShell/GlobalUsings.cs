// Namespaces nearly every file of this project uses, imported once here rather than at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.Linq;
global using System.Management.Automation;
global using Altegio.Models;
global using Altegio.PowerShell.Base;
global using Altegio.Resources;
global using Altegio.Errors;
