import { readFile, stat, mkdtemp, rm, readdir, realpath, lstat, open, mkdir, writeFile, copyFile } from 'node:fs/promises';
import { g as getDefaultExportFromCjs } from './cli-_commonjsHelpers.js';
import require$$0 from 'node:events';
import require$$1, { execFile } from 'node:child_process';
import path, { dirname, join, resolve, posix, isAbsolute, basename, relative } from 'node:path';
import require$$3, { existsSync, createReadStream, constants as constants$1 } from 'node:fs';
import require$$4 from 'node:process';
import { G as GateError, D as DECISION_ENTRYPOINT, c as clip, p as parseYaml, d as decodeUtf8, v as validateOrThrow, a as compileModule, i as instantiatePolicy, m as messageOf, b as checkOutput, n as normaliseTimestamp, e as normaliseOptionalTimestamp, S as SemVer, f as parseJson, g as DEFAULT_MAX_ALIAS_COUNT, y as yamlTextTooDeep, h as distExports, j as isGateError } from './cli-wasm-policy.js';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createHash, createPublicKey, verify, createPrivateKey, sign } from 'node:crypto';
import './cli-equal.js';
import 'process';
import 'buffer';

var commander$1 = {};

var argument = {};

var error$1 = {};

/**
 * CommanderError class
 */

var hasRequiredError$1;

function requireError$1 () {
	if (hasRequiredError$1) return error$1;
	hasRequiredError$1 = 1;
	class CommanderError extends Error {
	  /**
	   * Constructs the CommanderError class
	   * @param {number} exitCode suggested exit code which could be used with process.exit
	   * @param {string} code an id string representing the error
	   * @param {string} message human-readable description of the error
	   */
	  constructor(exitCode, code, message) {
	    super(message);
	    // properly capture stack trace in Node.js
	    Error.captureStackTrace(this, this.constructor);
	    this.name = this.constructor.name;
	    this.code = code;
	    this.exitCode = exitCode;
	    this.nestedError = undefined;
	  }
	}

	/**
	 * InvalidArgumentError class
	 */
	class InvalidArgumentError extends CommanderError {
	  /**
	   * Constructs the InvalidArgumentError class
	   * @param {string} [message] explanation of why argument is invalid
	   */
	  constructor(message) {
	    super(1, 'commander.invalidArgument', message);
	    // properly capture stack trace in Node.js
	    Error.captureStackTrace(this, this.constructor);
	    this.name = this.constructor.name;
	  }
	}

	error$1.CommanderError = CommanderError;
	error$1.InvalidArgumentError = InvalidArgumentError;
	return error$1;
}

var hasRequiredArgument;

function requireArgument () {
	if (hasRequiredArgument) return argument;
	hasRequiredArgument = 1;
	const { InvalidArgumentError } = requireError$1();

	class Argument {
	  /**
	   * Initialize a new command argument with the given name and description.
	   * The default is that the argument is required, and you can explicitly
	   * indicate this with <> around the name. Put [] around the name for an optional argument.
	   *
	   * @param {string} name
	   * @param {string} [description]
	   */

	  constructor(name, description) {
	    this.description = description || '';
	    this.variadic = false;
	    this.parseArg = undefined;
	    this.defaultValue = undefined;
	    this.defaultValueDescription = undefined;
	    this.argChoices = undefined;

	    switch (name[0]) {
	      case '<': // e.g. <required>
	        this.required = true;
	        this._name = name.slice(1, -1);
	        break;
	      case '[': // e.g. [optional]
	        this.required = false;
	        this._name = name.slice(1, -1);
	        break;
	      default:
	        this.required = true;
	        this._name = name;
	        break;
	    }

	    if (this._name.endsWith('...')) {
	      this.variadic = true;
	      this._name = this._name.slice(0, -3);
	    }
	  }

	  /**
	   * Return argument name.
	   *
	   * @return {string}
	   */

	  name() {
	    return this._name;
	  }

	  /**
	   * @package
	   */

	  _collectValue(value, previous) {
	    if (previous === this.defaultValue || !Array.isArray(previous)) {
	      return [value];
	    }

	    previous.push(value);
	    return previous;
	  }

	  /**
	   * Set the default value, and optionally supply the description to be displayed in the help.
	   *
	   * @param {*} value
	   * @param {string} [description]
	   * @return {Argument}
	   */

	  default(value, description) {
	    this.defaultValue = value;
	    this.defaultValueDescription = description;
	    return this;
	  }

	  /**
	   * Set the custom handler for processing CLI command arguments into argument values.
	   *
	   * @param {Function} [fn]
	   * @return {Argument}
	   */

	  argParser(fn) {
	    this.parseArg = fn;
	    return this;
	  }

	  /**
	   * Only allow argument value to be one of choices.
	   *
	   * @param {string[]} values
	   * @return {Argument}
	   */

	  choices(values) {
	    this.argChoices = values.slice();
	    this.parseArg = (arg, previous) => {
	      if (!this.argChoices.includes(arg)) {
	        throw new InvalidArgumentError(
	          `Allowed choices are ${this.argChoices.join(', ')}.`,
	        );
	      }
	      if (this.variadic) {
	        return this._collectValue(arg, previous);
	      }
	      return arg;
	    };
	    return this;
	  }

	  /**
	   * Make argument required.
	   *
	   * @returns {Argument}
	   */
	  argRequired() {
	    this.required = true;
	    return this;
	  }

	  /**
	   * Make argument optional.
	   *
	   * @returns {Argument}
	   */
	  argOptional() {
	    this.required = false;
	    return this;
	  }
	}

	/**
	 * Takes an argument and returns its human readable equivalent for help usage.
	 *
	 * @param {Argument} arg
	 * @return {string}
	 * @private
	 */

	function humanReadableArgName(arg) {
	  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

	  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
	}

	argument.Argument = Argument;
	argument.humanReadableArgName = humanReadableArgName;
	return argument;
}

var command = {};

var help = {};

var hasRequiredHelp;

function requireHelp () {
	if (hasRequiredHelp) return help;
	hasRequiredHelp = 1;
	const { humanReadableArgName } = requireArgument();

	/**
	 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	 * @typedef { import("./argument.js").Argument } Argument
	 * @typedef { import("./command.js").Command } Command
	 * @typedef { import("./option.js").Option } Option
	 */

	// Although this is a class, methods are static in style to allow override using subclass or just functions.
	class Help {
	  constructor() {
	    this.helpWidth = undefined;
	    this.minWidthToWrap = 40;
	    this.sortSubcommands = false;
	    this.sortOptions = false;
	    this.showGlobalOptions = false;
	  }

	  /**
	   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
	   * and just before calling `formatHelp()`.
	   *
	   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
	   *
	   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
	   */
	  prepareContext(contextOptions) {
	    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
	  }

	  /**
	   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
	   *
	   * @param {Command} cmd
	   * @returns {Command[]}
	   */

	  visibleCommands(cmd) {
	    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
	    const helpCommand = cmd._getHelpCommand();
	    if (helpCommand && !helpCommand._hidden) {
	      visibleCommands.push(helpCommand);
	    }
	    if (this.sortSubcommands) {
	      visibleCommands.sort((a, b) => {
	        // @ts-ignore: because overloaded return type
	        return a.name().localeCompare(b.name());
	      });
	    }
	    return visibleCommands;
	  }

	  /**
	   * Compare options for sort.
	   *
	   * @param {Option} a
	   * @param {Option} b
	   * @returns {number}
	   */
	  compareOptions(a, b) {
	    const getSortKey = (option) => {
	      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
	      return option.short
	        ? option.short.replace(/^-/, '')
	        : option.long.replace(/^--/, '');
	    };
	    return getSortKey(a).localeCompare(getSortKey(b));
	  }

	  /**
	   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
	   *
	   * @param {Command} cmd
	   * @returns {Option[]}
	   */

	  visibleOptions(cmd) {
	    const visibleOptions = cmd.options.filter((option) => !option.hidden);
	    // Built-in help option.
	    const helpOption = cmd._getHelpOption();
	    if (helpOption && !helpOption.hidden) {
	      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
	      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
	      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
	      if (!removeShort && !removeLong) {
	        visibleOptions.push(helpOption); // no changes needed
	      } else if (helpOption.long && !removeLong) {
	        visibleOptions.push(
	          cmd.createOption(helpOption.long, helpOption.description),
	        );
	      } else if (helpOption.short && !removeShort) {
	        visibleOptions.push(
	          cmd.createOption(helpOption.short, helpOption.description),
	        );
	      }
	    }
	    if (this.sortOptions) {
	      visibleOptions.sort(this.compareOptions);
	    }
	    return visibleOptions;
	  }

	  /**
	   * Get an array of the visible global options. (Not including help.)
	   *
	   * @param {Command} cmd
	   * @returns {Option[]}
	   */

	  visibleGlobalOptions(cmd) {
	    if (!this.showGlobalOptions) return [];

	    const globalOptions = [];
	    for (
	      let ancestorCmd = cmd.parent;
	      ancestorCmd;
	      ancestorCmd = ancestorCmd.parent
	    ) {
	      const visibleOptions = ancestorCmd.options.filter(
	        (option) => !option.hidden,
	      );
	      globalOptions.push(...visibleOptions);
	    }
	    if (this.sortOptions) {
	      globalOptions.sort(this.compareOptions);
	    }
	    return globalOptions;
	  }

	  /**
	   * Get an array of the arguments if any have a description.
	   *
	   * @param {Command} cmd
	   * @returns {Argument[]}
	   */

	  visibleArguments(cmd) {
	    // Side effect! Apply the legacy descriptions before the arguments are displayed.
	    if (cmd._argsDescription) {
	      cmd.registeredArguments.forEach((argument) => {
	        argument.description =
	          argument.description || cmd._argsDescription[argument.name()] || '';
	      });
	    }

	    // If there are any arguments with a description then return all the arguments.
	    if (cmd.registeredArguments.find((argument) => argument.description)) {
	      return cmd.registeredArguments;
	    }
	    return [];
	  }

	  /**
	   * Get the command term to show in the list of subcommands.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  subcommandTerm(cmd) {
	    // Legacy. Ignores custom usage string, and nested commands.
	    const args = cmd.registeredArguments
	      .map((arg) => humanReadableArgName(arg))
	      .join(' ');
	    return (
	      cmd._name +
	      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
	      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
	      (args ? ' ' + args : '')
	    );
	  }

	  /**
	   * Get the option term to show in the list of options.
	   *
	   * @param {Option} option
	   * @returns {string}
	   */

	  optionTerm(option) {
	    return option.flags;
	  }

	  /**
	   * Get the argument term to show in the list of arguments.
	   *
	   * @param {Argument} argument
	   * @returns {string}
	   */

	  argumentTerm(argument) {
	    return argument.name();
	  }

	  /**
	   * Get the longest command term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestSubcommandTermLength(cmd, helper) {
	    return helper.visibleCommands(cmd).reduce((max, command) => {
	      return Math.max(
	        max,
	        this.displayWidth(
	          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
	        ),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest option term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestOptionTermLength(cmd, helper) {
	    return helper.visibleOptions(cmd).reduce((max, option) => {
	      return Math.max(
	        max,
	        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest global option term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestGlobalOptionTermLength(cmd, helper) {
	    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
	      return Math.max(
	        max,
	        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
	      );
	    }, 0);
	  }

	  /**
	   * Get the longest argument term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  longestArgumentTermLength(cmd, helper) {
	    return helper.visibleArguments(cmd).reduce((max, argument) => {
	      return Math.max(
	        max,
	        this.displayWidth(
	          helper.styleArgumentTerm(helper.argumentTerm(argument)),
	        ),
	      );
	    }, 0);
	  }

	  /**
	   * Get the command usage to be displayed at the top of the built-in help.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  commandUsage(cmd) {
	    // Usage
	    let cmdName = cmd._name;
	    if (cmd._aliases[0]) {
	      cmdName = cmdName + '|' + cmd._aliases[0];
	    }
	    let ancestorCmdNames = '';
	    for (
	      let ancestorCmd = cmd.parent;
	      ancestorCmd;
	      ancestorCmd = ancestorCmd.parent
	    ) {
	      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
	    }
	    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
	  }

	  /**
	   * Get the description for the command.
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  commandDescription(cmd) {
	    // @ts-ignore: because overloaded return type
	    return cmd.description();
	  }

	  /**
	   * Get the subcommand summary to show in the list of subcommands.
	   * (Fallback to description for backwards compatibility.)
	   *
	   * @param {Command} cmd
	   * @returns {string}
	   */

	  subcommandDescription(cmd) {
	    // @ts-ignore: because overloaded return type
	    return cmd.summary() || cmd.description();
	  }

	  /**
	   * Get the option description to show in the list of options.
	   *
	   * @param {Option} option
	   * @return {string}
	   */

	  optionDescription(option) {
	    const extraInfo = [];

	    if (option.argChoices) {
	      extraInfo.push(
	        // use stringify to match the display of the default value
	        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
	      );
	    }
	    if (option.defaultValue !== undefined) {
	      // default for boolean and negated more for programmer than end user,
	      // but show true/false for boolean option as may be for hand-rolled env or config processing.
	      const showDefault =
	        option.required ||
	        option.optional ||
	        (option.isBoolean() && typeof option.defaultValue === 'boolean');
	      if (showDefault) {
	        extraInfo.push(
	          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
	        );
	      }
	    }
	    // preset for boolean and negated are more for programmer than end user
	    if (option.presetArg !== undefined && option.optional) {
	      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
	    }
	    if (option.envVar !== undefined) {
	      extraInfo.push(`env: ${option.envVar}`);
	    }
	    if (extraInfo.length > 0) {
	      const extraDescription = `(${extraInfo.join(', ')})`;
	      if (option.description) {
	        return `${option.description} ${extraDescription}`;
	      }
	      return extraDescription;
	    }

	    return option.description;
	  }

	  /**
	   * Get the argument description to show in the list of arguments.
	   *
	   * @param {Argument} argument
	   * @return {string}
	   */

	  argumentDescription(argument) {
	    const extraInfo = [];
	    if (argument.argChoices) {
	      extraInfo.push(
	        // use stringify to match the display of the default value
	        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
	      );
	    }
	    if (argument.defaultValue !== undefined) {
	      extraInfo.push(
	        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
	      );
	    }
	    if (extraInfo.length > 0) {
	      const extraDescription = `(${extraInfo.join(', ')})`;
	      if (argument.description) {
	        return `${argument.description} ${extraDescription}`;
	      }
	      return extraDescription;
	    }
	    return argument.description;
	  }

	  /**
	   * Format a list of items, given a heading and an array of formatted items.
	   *
	   * @param {string} heading
	   * @param {string[]} items
	   * @param {Help} helper
	   * @returns string[]
	   */
	  formatItemList(heading, items, helper) {
	    if (items.length === 0) return [];

	    return [helper.styleTitle(heading), ...items, ''];
	  }

	  /**
	   * Group items by their help group heading.
	   *
	   * @param {Command[] | Option[]} unsortedItems
	   * @param {Command[] | Option[]} visibleItems
	   * @param {Function} getGroup
	   * @returns {Map<string, Command[] | Option[]>}
	   */
	  groupItems(unsortedItems, visibleItems, getGroup) {
	    const result = new Map();
	    // Add groups in order of appearance in unsortedItems.
	    unsortedItems.forEach((item) => {
	      const group = getGroup(item);
	      if (!result.has(group)) result.set(group, []);
	    });
	    // Add items in order of appearance in visibleItems.
	    visibleItems.forEach((item) => {
	      const group = getGroup(item);
	      if (!result.has(group)) {
	        result.set(group, []);
	      }
	      result.get(group).push(item);
	    });
	    return result;
	  }

	  /**
	   * Generate the built-in help text.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {string}
	   */

	  formatHelp(cmd, helper) {
	    const termWidth = helper.padWidth(cmd, helper);
	    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

	    function callFormatItem(term, description) {
	      return helper.formatItem(term, termWidth, description, helper);
	    }

	    // Usage
	    let output = [
	      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
	      '',
	    ];

	    // Description
	    const commandDescription = helper.commandDescription(cmd);
	    if (commandDescription.length > 0) {
	      output = output.concat([
	        helper.boxWrap(
	          helper.styleCommandDescription(commandDescription),
	          helpWidth,
	        ),
	        '',
	      ]);
	    }

	    // Arguments
	    const argumentList = helper.visibleArguments(cmd).map((argument) => {
	      return callFormatItem(
	        helper.styleArgumentTerm(helper.argumentTerm(argument)),
	        helper.styleArgumentDescription(helper.argumentDescription(argument)),
	      );
	    });
	    output = output.concat(
	      this.formatItemList('Arguments:', argumentList, helper),
	    );

	    // Options
	    const optionGroups = this.groupItems(
	      cmd.options,
	      helper.visibleOptions(cmd),
	      (option) => option.helpGroupHeading ?? 'Options:',
	    );
	    optionGroups.forEach((options, group) => {
	      const optionList = options.map((option) => {
	        return callFormatItem(
	          helper.styleOptionTerm(helper.optionTerm(option)),
	          helper.styleOptionDescription(helper.optionDescription(option)),
	        );
	      });
	      output = output.concat(this.formatItemList(group, optionList, helper));
	    });

	    if (helper.showGlobalOptions) {
	      const globalOptionList = helper
	        .visibleGlobalOptions(cmd)
	        .map((option) => {
	          return callFormatItem(
	            helper.styleOptionTerm(helper.optionTerm(option)),
	            helper.styleOptionDescription(helper.optionDescription(option)),
	          );
	        });
	      output = output.concat(
	        this.formatItemList('Global Options:', globalOptionList, helper),
	      );
	    }

	    // Commands
	    const commandGroups = this.groupItems(
	      cmd.commands,
	      helper.visibleCommands(cmd),
	      (sub) => sub.helpGroup() || 'Commands:',
	    );
	    commandGroups.forEach((commands, group) => {
	      const commandList = commands.map((sub) => {
	        return callFormatItem(
	          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
	          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
	        );
	      });
	      output = output.concat(this.formatItemList(group, commandList, helper));
	    });

	    return output.join('\n');
	  }

	  /**
	   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
	   *
	   * @param {string} str
	   * @returns {number}
	   */
	  displayWidth(str) {
	    return stripColor(str).length;
	  }

	  /**
	   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
	   *
	   * @param {string} str
	   * @returns {string}
	   */
	  styleTitle(str) {
	    return str;
	  }

	  styleUsage(str) {
	    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
	    //    command subcommand [options] [command] <foo> [bar]
	    return str
	      .split(' ')
	      .map((word) => {
	        if (word === '[options]') return this.styleOptionText(word);
	        if (word === '[command]') return this.styleSubcommandText(word);
	        if (word[0] === '[' || word[0] === '<')
	          return this.styleArgumentText(word);
	        return this.styleCommandText(word); // Restrict to initial words?
	      })
	      .join(' ');
	  }
	  styleCommandDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleOptionDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleSubcommandDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleArgumentDescription(str) {
	    return this.styleDescriptionText(str);
	  }
	  styleDescriptionText(str) {
	    return str;
	  }
	  styleOptionTerm(str) {
	    return this.styleOptionText(str);
	  }
	  styleSubcommandTerm(str) {
	    // This is very like usage with lots of parts! Assume default string which is formed like:
	    //    subcommand [options] <foo> [bar]
	    return str
	      .split(' ')
	      .map((word) => {
	        if (word === '[options]') return this.styleOptionText(word);
	        if (word[0] === '[' || word[0] === '<')
	          return this.styleArgumentText(word);
	        return this.styleSubcommandText(word); // Restrict to initial words?
	      })
	      .join(' ');
	  }
	  styleArgumentTerm(str) {
	    return this.styleArgumentText(str);
	  }
	  styleOptionText(str) {
	    return str;
	  }
	  styleArgumentText(str) {
	    return str;
	  }
	  styleSubcommandText(str) {
	    return str;
	  }
	  styleCommandText(str) {
	    return str;
	  }

	  /**
	   * Calculate the pad width from the maximum term length.
	   *
	   * @param {Command} cmd
	   * @param {Help} helper
	   * @returns {number}
	   */

	  padWidth(cmd, helper) {
	    return Math.max(
	      helper.longestOptionTermLength(cmd, helper),
	      helper.longestGlobalOptionTermLength(cmd, helper),
	      helper.longestSubcommandTermLength(cmd, helper),
	      helper.longestArgumentTermLength(cmd, helper),
	    );
	  }

	  /**
	   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
	   *
	   * @param {string} str
	   * @returns {boolean}
	   */
	  preformatted(str) {
	    return /\n[^\S\r\n]/.test(str);
	  }

	  /**
	   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
	   *
	   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
	   *   TTT  DDD DDDD
	   *        DD DDD
	   *
	   * @param {string} term
	   * @param {number} termWidth
	   * @param {string} description
	   * @param {Help} helper
	   * @returns {string}
	   */
	  formatItem(term, termWidth, description, helper) {
	    const itemIndent = 2;
	    const itemIndentStr = ' '.repeat(itemIndent);
	    if (!description) return itemIndentStr + term;

	    // Pad the term out to a consistent width, so descriptions are aligned.
	    const paddedTerm = term.padEnd(
	      termWidth + term.length - helper.displayWidth(term),
	    );

	    // Format the description.
	    const spacerWidth = 2; // between term and description
	    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
	    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
	    let formattedDescription;
	    if (
	      remainingWidth < this.minWidthToWrap ||
	      helper.preformatted(description)
	    ) {
	      formattedDescription = description;
	    } else {
	      const wrappedDescription = helper.boxWrap(description, remainingWidth);
	      formattedDescription = wrappedDescription.replace(
	        /\n/g,
	        '\n' + ' '.repeat(termWidth + spacerWidth),
	      );
	    }

	    // Construct and overall indent.
	    return (
	      itemIndentStr +
	      paddedTerm +
	      ' '.repeat(spacerWidth) +
	      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
	    );
	  }

	  /**
	   * Wrap a string at whitespace, preserving existing line breaks.
	   * Wrapping is skipped if the width is less than `minWidthToWrap`.
	   *
	   * @param {string} str
	   * @param {number} width
	   * @returns {string}
	   */
	  boxWrap(str, width) {
	    if (width < this.minWidthToWrap) return str;

	    const rawLines = str.split(/\r\n|\n/);
	    // split up text by whitespace
	    const chunkPattern = /[\s]*[^\s]+/g;
	    const wrappedLines = [];
	    rawLines.forEach((line) => {
	      const chunks = line.match(chunkPattern);
	      if (chunks === null) {
	        wrappedLines.push('');
	        return;
	      }

	      let sumChunks = [chunks.shift()];
	      let sumWidth = this.displayWidth(sumChunks[0]);
	      chunks.forEach((chunk) => {
	        const visibleWidth = this.displayWidth(chunk);
	        // Accumulate chunks while they fit into width.
	        if (sumWidth + visibleWidth <= width) {
	          sumChunks.push(chunk);
	          sumWidth += visibleWidth;
	          return;
	        }
	        wrappedLines.push(sumChunks.join(''));

	        const nextChunk = chunk.trimStart(); // trim space at line break
	        sumChunks = [nextChunk];
	        sumWidth = this.displayWidth(nextChunk);
	      });
	      wrappedLines.push(sumChunks.join(''));
	    });

	    return wrappedLines.join('\n');
	  }
	}

	/**
	 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	 *
	 * @param {string} str
	 * @returns {string}
	 * @package
	 */

	function stripColor(str) {
	  // eslint-disable-next-line no-control-regex
	  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
	  return str.replace(sgrPattern, '');
	}

	help.Help = Help;
	help.stripColor = stripColor;
	return help;
}

var option = {};

var hasRequiredOption;

function requireOption () {
	if (hasRequiredOption) return option;
	hasRequiredOption = 1;
	const { InvalidArgumentError } = requireError$1();

	class Option {
	  /**
	   * Initialize a new `Option` with the given `flags` and `description`.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   */

	  constructor(flags, description) {
	    this.flags = flags;
	    this.description = description || '';

	    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
	    this.optional = flags.includes('['); // A value is optional when the option is specified.
	    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
	    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
	    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
	    const optionFlags = splitOptionFlags(flags);
	    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
	    this.long = optionFlags.longFlag;
	    this.negate = false;
	    if (this.long) {
	      this.negate = this.long.startsWith('--no-');
	    }
	    this.defaultValue = undefined;
	    this.defaultValueDescription = undefined;
	    this.presetArg = undefined;
	    this.envVar = undefined;
	    this.parseArg = undefined;
	    this.hidden = false;
	    this.argChoices = undefined;
	    this.conflictsWith = [];
	    this.implied = undefined;
	    this.helpGroupHeading = undefined; // soft initialised when option added to command
	  }

	  /**
	   * Set the default value, and optionally supply the description to be displayed in the help.
	   *
	   * @param {*} value
	   * @param {string} [description]
	   * @return {Option}
	   */

	  default(value, description) {
	    this.defaultValue = value;
	    this.defaultValueDescription = description;
	    return this;
	  }

	  /**
	   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
	   * The custom processing (parseArg) is called.
	   *
	   * @example
	   * new Option('--color').default('GREYSCALE').preset('RGB');
	   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
	   *
	   * @param {*} arg
	   * @return {Option}
	   */

	  preset(arg) {
	    this.presetArg = arg;
	    return this;
	  }

	  /**
	   * Add option name(s) that conflict with this option.
	   * An error will be displayed if conflicting options are found during parsing.
	   *
	   * @example
	   * new Option('--rgb').conflicts('cmyk');
	   * new Option('--js').conflicts(['ts', 'jsx']);
	   *
	   * @param {(string | string[])} names
	   * @return {Option}
	   */

	  conflicts(names) {
	    this.conflictsWith = this.conflictsWith.concat(names);
	    return this;
	  }

	  /**
	   * Specify implied option values for when this option is set and the implied options are not.
	   *
	   * The custom processing (parseArg) is not called on the implied values.
	   *
	   * @example
	   * program
	   *   .addOption(new Option('--log', 'write logging information to file'))
	   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
	   *
	   * @param {object} impliedOptionValues
	   * @return {Option}
	   */
	  implies(impliedOptionValues) {
	    let newImplied = impliedOptionValues;
	    if (typeof impliedOptionValues === 'string') {
	      // string is not documented, but easy mistake and we can do what user probably intended.
	      newImplied = { [impliedOptionValues]: true };
	    }
	    this.implied = Object.assign(this.implied || {}, newImplied);
	    return this;
	  }

	  /**
	   * Set environment variable to check for option value.
	   *
	   * An environment variable is only used if when processed the current option value is
	   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
	   *
	   * @param {string} name
	   * @return {Option}
	   */

	  env(name) {
	    this.envVar = name;
	    return this;
	  }

	  /**
	   * Set the custom handler for processing CLI option arguments into option values.
	   *
	   * @param {Function} [fn]
	   * @return {Option}
	   */

	  argParser(fn) {
	    this.parseArg = fn;
	    return this;
	  }

	  /**
	   * Whether the option is mandatory and must have a value after parsing.
	   *
	   * @param {boolean} [mandatory=true]
	   * @return {Option}
	   */

	  makeOptionMandatory(mandatory = true) {
	    this.mandatory = !!mandatory;
	    return this;
	  }

	  /**
	   * Hide option in help.
	   *
	   * @param {boolean} [hide=true]
	   * @return {Option}
	   */

	  hideHelp(hide = true) {
	    this.hidden = !!hide;
	    return this;
	  }

	  /**
	   * @package
	   */

	  _collectValue(value, previous) {
	    if (previous === this.defaultValue || !Array.isArray(previous)) {
	      return [value];
	    }

	    previous.push(value);
	    return previous;
	  }

	  /**
	   * Only allow option value to be one of choices.
	   *
	   * @param {string[]} values
	   * @return {Option}
	   */

	  choices(values) {
	    this.argChoices = values.slice();
	    this.parseArg = (arg, previous) => {
	      if (!this.argChoices.includes(arg)) {
	        throw new InvalidArgumentError(
	          `Allowed choices are ${this.argChoices.join(', ')}.`,
	        );
	      }
	      if (this.variadic) {
	        return this._collectValue(arg, previous);
	      }
	      return arg;
	    };
	    return this;
	  }

	  /**
	   * Return option name.
	   *
	   * @return {string}
	   */

	  name() {
	    if (this.long) {
	      return this.long.replace(/^--/, '');
	    }
	    return this.short.replace(/^-/, '');
	  }

	  /**
	   * Return option name, in a camelcase format that can be used
	   * as an object attribute key.
	   *
	   * @return {string}
	   */

	  attributeName() {
	    if (this.negate) {
	      return camelcase(this.name().replace(/^no-/, ''));
	    }
	    return camelcase(this.name());
	  }

	  /**
	   * Set the help group heading.
	   *
	   * @param {string} heading
	   * @return {Option}
	   */
	  helpGroup(heading) {
	    this.helpGroupHeading = heading;
	    return this;
	  }

	  /**
	   * Check if `arg` matches the short or long flag.
	   *
	   * @param {string} arg
	   * @return {boolean}
	   * @package
	   */

	  is(arg) {
	    return this.short === arg || this.long === arg;
	  }

	  /**
	   * Return whether a boolean option.
	   *
	   * Options are one of boolean, negated, required argument, or optional argument.
	   *
	   * @return {boolean}
	   * @package
	   */

	  isBoolean() {
	    return !this.required && !this.optional && !this.negate;
	  }
	}

	/**
	 * This class is to make it easier to work with dual options, without changing the existing
	 * implementation. We support separate dual options for separate positive and negative options,
	 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
	 * use cases, but is tricky for others where we want separate behaviours despite
	 * the single shared option value.
	 */
	class DualOptions {
	  /**
	   * @param {Option[]} options
	   */
	  constructor(options) {
	    this.positiveOptions = new Map();
	    this.negativeOptions = new Map();
	    this.dualOptions = new Set();
	    options.forEach((option) => {
	      if (option.negate) {
	        this.negativeOptions.set(option.attributeName(), option);
	      } else {
	        this.positiveOptions.set(option.attributeName(), option);
	      }
	    });
	    this.negativeOptions.forEach((value, key) => {
	      if (this.positiveOptions.has(key)) {
	        this.dualOptions.add(key);
	      }
	    });
	  }

	  /**
	   * Did the value come from the option, and not from possible matching dual option?
	   *
	   * @param {*} value
	   * @param {Option} option
	   * @returns {boolean}
	   */
	  valueFromOption(value, option) {
	    const optionKey = option.attributeName();
	    if (!this.dualOptions.has(optionKey)) return true;

	    // Use the value to deduce if (probably) came from the option.
	    const preset = this.negativeOptions.get(optionKey).presetArg;
	    const negativeValue = preset !== undefined ? preset : false;
	    return option.negate === (negativeValue === value);
	  }
	}

	/**
	 * Convert string from kebab-case to camelCase.
	 *
	 * @param {string} str
	 * @return {string}
	 * @private
	 */

	function camelcase(str) {
	  return str.split('-').reduce((str, word) => {
	    return str + word[0].toUpperCase() + word.slice(1);
	  });
	}

	/**
	 * Split the short and long flag out of something like '-m,--mixed <value>'
	 *
	 * @private
	 */

	function splitOptionFlags(flags) {
	  let shortFlag;
	  let longFlag;
	  // short flag, single dash and single character
	  const shortFlagExp = /^-[^-]$/;
	  // long flag, double dash and at least one character
	  const longFlagExp = /^--[^-]/;

	  const flagParts = flags.split(/[ |,]+/).concat('guard');
	  // Normal is short and/or long.
	  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
	  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
	  // Long then short. Rarely used but fine.
	  if (!shortFlag && shortFlagExp.test(flagParts[0]))
	    shortFlag = flagParts.shift();
	  // Allow two long flags, like '--ws, --workspace'
	  // This is the supported way to have a shortish option flag.
	  if (!shortFlag && longFlagExp.test(flagParts[0])) {
	    shortFlag = longFlag;
	    longFlag = flagParts.shift();
	  }

	  // Check for unprocessed flag. Fail noisily rather than silently ignore.
	  if (flagParts[0].startsWith('-')) {
	    const unsupportedFlag = flagParts[0];
	    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
	    if (/^-[^-][^-]/.test(unsupportedFlag))
	      throw new Error(
	        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
	      );
	    if (shortFlagExp.test(unsupportedFlag))
	      throw new Error(`${baseError}
- too many short flags`);
	    if (longFlagExp.test(unsupportedFlag))
	      throw new Error(`${baseError}
- too many long flags`);

	    throw new Error(`${baseError}
- unrecognised flag format`);
	  }
	  if (shortFlag === undefined && longFlag === undefined)
	    throw new Error(
	      `option creation failed due to no flags found in '${flags}'.`,
	    );

	  return { shortFlag, longFlag };
	}

	option.Option = Option;
	option.DualOptions = DualOptions;
	return option;
}

var suggestSimilar = {};

var hasRequiredSuggestSimilar;

function requireSuggestSimilar () {
	if (hasRequiredSuggestSimilar) return suggestSimilar;
	hasRequiredSuggestSimilar = 1;
	const maxDistance = 3;

	function editDistance(a, b) {
	  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
	  // Calculating optimal string alignment distance, no substring is edited more than once.
	  // (Simple implementation.)

	  // Quick early exit, return worst case.
	  if (Math.abs(a.length - b.length) > maxDistance)
	    return Math.max(a.length, b.length);

	  // distance between prefix substrings of a and b
	  const d = [];

	  // pure deletions turn a into empty string
	  for (let i = 0; i <= a.length; i++) {
	    d[i] = [i];
	  }
	  // pure insertions turn empty string into b
	  for (let j = 0; j <= b.length; j++) {
	    d[0][j] = j;
	  }

	  // fill matrix
	  for (let j = 1; j <= b.length; j++) {
	    for (let i = 1; i <= a.length; i++) {
	      let cost = 1;
	      if (a[i - 1] === b[j - 1]) {
	        cost = 0;
	      } else {
	        cost = 1;
	      }
	      d[i][j] = Math.min(
	        d[i - 1][j] + 1, // deletion
	        d[i][j - 1] + 1, // insertion
	        d[i - 1][j - 1] + cost, // substitution
	      );
	      // transposition
	      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
	        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
	      }
	    }
	  }

	  return d[a.length][b.length];
	}

	/**
	 * Find close matches, restricted to same number of edits.
	 *
	 * @param {string} word
	 * @param {string[]} candidates
	 * @returns {string}
	 */

	function suggestSimilar$1(word, candidates) {
	  if (!candidates || candidates.length === 0) return '';
	  // remove possible duplicates
	  candidates = Array.from(new Set(candidates));

	  const searchingOptions = word.startsWith('--');
	  if (searchingOptions) {
	    word = word.slice(2);
	    candidates = candidates.map((candidate) => candidate.slice(2));
	  }

	  let similar = [];
	  let bestDistance = maxDistance;
	  const minSimilarity = 0.4;
	  candidates.forEach((candidate) => {
	    if (candidate.length <= 1) return; // no one character guesses

	    const distance = editDistance(word, candidate);
	    const length = Math.max(word.length, candidate.length);
	    const similarity = (length - distance) / length;
	    if (similarity > minSimilarity) {
	      if (distance < bestDistance) {
	        // better edit distance, throw away previous worse matches
	        bestDistance = distance;
	        similar = [candidate];
	      } else if (distance === bestDistance) {
	        similar.push(candidate);
	      }
	    }
	  });

	  similar.sort((a, b) => a.localeCompare(b));
	  if (searchingOptions) {
	    similar = similar.map((candidate) => `--${candidate}`);
	  }

	  if (similar.length > 1) {
	    return `\n(Did you mean one of ${similar.join(', ')}?)`;
	  }
	  if (similar.length === 1) {
	    return `\n(Did you mean ${similar[0]}?)`;
	  }
	  return '';
	}

	suggestSimilar.suggestSimilar = suggestSimilar$1;
	return suggestSimilar;
}

var hasRequiredCommand;

function requireCommand () {
	if (hasRequiredCommand) return command;
	hasRequiredCommand = 1;
	const EventEmitter = require$$0.EventEmitter;
	const childProcess = require$$1;
	const path$1 = path;
	const fs = require$$3;
	const process = require$$4;

	const { Argument, humanReadableArgName } = requireArgument();
	const { CommanderError } = requireError$1();
	const { Help, stripColor } = requireHelp();
	const { Option, DualOptions } = requireOption();
	const { suggestSimilar } = requireSuggestSimilar();

	class Command extends EventEmitter {
	  /**
	   * Initialize a new `Command`.
	   *
	   * @param {string} [name]
	   */

	  constructor(name) {
	    super();
	    /** @type {Command[]} */
	    this.commands = [];
	    /** @type {Option[]} */
	    this.options = [];
	    this.parent = null;
	    this._allowUnknownOption = false;
	    this._allowExcessArguments = false;
	    /** @type {Argument[]} */
	    this.registeredArguments = [];
	    this._args = this.registeredArguments; // deprecated old name
	    /** @type {string[]} */
	    this.args = []; // cli args with options removed
	    this.rawArgs = [];
	    this.processedArgs = []; // like .args but after custom processing and collecting variadic
	    this._scriptPath = null;
	    this._name = name || '';
	    this._optionValues = {};
	    this._optionValueSources = {}; // default, env, cli etc
	    this._storeOptionsAsProperties = false;
	    this._actionHandler = null;
	    this._executableHandler = false;
	    this._executableFile = null; // custom name for executable
	    this._executableDir = null; // custom search directory for subcommands
	    this._defaultCommandName = null;
	    this._exitCallback = null;
	    this._aliases = [];
	    this._combineFlagAndOptionalValue = true;
	    this._description = '';
	    this._summary = '';
	    this._argsDescription = undefined; // legacy
	    this._enablePositionalOptions = false;
	    this._passThroughOptions = false;
	    this._lifeCycleHooks = {}; // a hash of arrays
	    /** @type {(boolean | string)} */
	    this._showHelpAfterError = false;
	    this._showSuggestionAfterError = true;
	    this._savedState = null; // used in save/restoreStateBeforeParse

	    // see configureOutput() for docs
	    this._outputConfiguration = {
	      writeOut: (str) => process.stdout.write(str),
	      writeErr: (str) => process.stderr.write(str),
	      outputError: (str, write) => write(str),
	      getOutHelpWidth: () =>
	        process.stdout.isTTY ? process.stdout.columns : undefined,
	      getErrHelpWidth: () =>
	        process.stderr.isTTY ? process.stderr.columns : undefined,
	      getOutHasColors: () =>
	        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
	      getErrHasColors: () =>
	        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
	      stripColor: (str) => stripColor(str),
	    };

	    this._hidden = false;
	    /** @type {(Option | null | undefined)} */
	    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
	    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
	    /** @type {Command} */
	    this._helpCommand = undefined; // lazy initialised, inherited
	    this._helpConfiguration = {};
	    /** @type {string | undefined} */
	    this._helpGroupHeading = undefined; // soft initialised when added to parent
	    /** @type {string | undefined} */
	    this._defaultCommandGroup = undefined;
	    /** @type {string | undefined} */
	    this._defaultOptionGroup = undefined;
	  }

	  /**
	   * Copy settings that are useful to have in common across root command and subcommands.
	   *
	   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
	   *
	   * @param {Command} sourceCommand
	   * @return {Command} `this` command for chaining
	   */
	  copyInheritedSettings(sourceCommand) {
	    this._outputConfiguration = sourceCommand._outputConfiguration;
	    this._helpOption = sourceCommand._helpOption;
	    this._helpCommand = sourceCommand._helpCommand;
	    this._helpConfiguration = sourceCommand._helpConfiguration;
	    this._exitCallback = sourceCommand._exitCallback;
	    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
	    this._combineFlagAndOptionalValue =
	      sourceCommand._combineFlagAndOptionalValue;
	    this._allowExcessArguments = sourceCommand._allowExcessArguments;
	    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
	    this._showHelpAfterError = sourceCommand._showHelpAfterError;
	    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

	    return this;
	  }

	  /**
	   * @returns {Command[]}
	   * @private
	   */

	  _getCommandAndAncestors() {
	    const result = [];
	    // eslint-disable-next-line @typescript-eslint/no-this-alias
	    for (let command = this; command; command = command.parent) {
	      result.push(command);
	    }
	    return result;
	  }

	  /**
	   * Define a command.
	   *
	   * There are two styles of command: pay attention to where to put the description.
	   *
	   * @example
	   * // Command implemented using action handler (description is supplied separately to `.command`)
	   * program
	   *   .command('clone <source> [destination]')
	   *   .description('clone a repository into a newly created directory')
	   *   .action((source, destination) => {
	   *     console.log('clone command called');
	   *   });
	   *
	   * // Command implemented using separate executable file (description is second parameter to `.command`)
	   * program
	   *   .command('start <service>', 'start named service')
	   *   .command('stop [service]', 'stop named service, or all if no name supplied');
	   *
	   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
	   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
	   * @param {object} [execOpts] - configuration options (for executable)
	   * @return {Command} returns new command for action handler, or `this` for executable command
	   */

	  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
	    let desc = actionOptsOrExecDesc;
	    let opts = execOpts;
	    if (typeof desc === 'object' && desc !== null) {
	      opts = desc;
	      desc = null;
	    }
	    opts = opts || {};
	    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

	    const cmd = this.createCommand(name);
	    if (desc) {
	      cmd.description(desc);
	      cmd._executableHandler = true;
	    }
	    if (opts.isDefault) this._defaultCommandName = cmd._name;
	    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
	    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
	    if (args) cmd.arguments(args);
	    this._registerCommand(cmd);
	    cmd.parent = this;
	    cmd.copyInheritedSettings(this);

	    if (desc) return this;
	    return cmd;
	  }

	  /**
	   * Factory routine to create a new unattached command.
	   *
	   * See .command() for creating an attached subcommand, which uses this routine to
	   * create the command. You can override createCommand to customise subcommands.
	   *
	   * @param {string} [name]
	   * @return {Command} new command
	   */

	  createCommand(name) {
	    return new Command(name);
	  }

	  /**
	   * You can customise the help with a subclass of Help by overriding createHelp,
	   * or by overriding Help properties using configureHelp().
	   *
	   * @return {Help}
	   */

	  createHelp() {
	    return Object.assign(new Help(), this.configureHelp());
	  }

	  /**
	   * You can customise the help by overriding Help properties using configureHelp(),
	   * or with a subclass of Help by overriding createHelp().
	   *
	   * @param {object} [configuration] - configuration options
	   * @return {(Command | object)} `this` command for chaining, or stored configuration
	   */

	  configureHelp(configuration) {
	    if (configuration === undefined) return this._helpConfiguration;

	    this._helpConfiguration = configuration;
	    return this;
	  }

	  /**
	   * The default output goes to stdout and stderr. You can customise this for special
	   * applications. You can also customise the display of errors by overriding outputError.
	   *
	   * The configuration properties are all functions:
	   *
	   *     // change how output being written, defaults to stdout and stderr
	   *     writeOut(str)
	   *     writeErr(str)
	   *     // change how output being written for errors, defaults to writeErr
	   *     outputError(str, write) // used for displaying errors and not used for displaying help
	   *     // specify width for wrapping help
	   *     getOutHelpWidth()
	   *     getErrHelpWidth()
	   *     // color support, currently only used with Help
	   *     getOutHasColors()
	   *     getErrHasColors()
	   *     stripColor() // used to remove ANSI escape codes if output does not have colors
	   *
	   * @param {object} [configuration] - configuration options
	   * @return {(Command | object)} `this` command for chaining, or stored configuration
	   */

	  configureOutput(configuration) {
	    if (configuration === undefined) return this._outputConfiguration;

	    this._outputConfiguration = {
	      ...this._outputConfiguration,
	      ...configuration,
	    };
	    return this;
	  }

	  /**
	   * Display the help or a custom message after an error occurs.
	   *
	   * @param {(boolean|string)} [displayHelp]
	   * @return {Command} `this` command for chaining
	   */
	  showHelpAfterError(displayHelp = true) {
	    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
	    this._showHelpAfterError = displayHelp;
	    return this;
	  }

	  /**
	   * Display suggestion of similar commands for unknown commands, or options for unknown options.
	   *
	   * @param {boolean} [displaySuggestion]
	   * @return {Command} `this` command for chaining
	   */
	  showSuggestionAfterError(displaySuggestion = true) {
	    this._showSuggestionAfterError = !!displaySuggestion;
	    return this;
	  }

	  /**
	   * Add a prepared subcommand.
	   *
	   * See .command() for creating an attached subcommand which inherits settings from its parent.
	   *
	   * @param {Command} cmd - new subcommand
	   * @param {object} [opts] - configuration options
	   * @return {Command} `this` command for chaining
	   */

	  addCommand(cmd, opts) {
	    if (!cmd._name) {
	      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
	    }

	    opts = opts || {};
	    if (opts.isDefault) this._defaultCommandName = cmd._name;
	    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

	    this._registerCommand(cmd);
	    cmd.parent = this;
	    cmd._checkForBrokenPassThrough();

	    return this;
	  }

	  /**
	   * Factory routine to create a new unattached argument.
	   *
	   * See .argument() for creating an attached argument, which uses this routine to
	   * create the argument. You can override createArgument to return a custom argument.
	   *
	   * @param {string} name
	   * @param {string} [description]
	   * @return {Argument} new argument
	   */

	  createArgument(name, description) {
	    return new Argument(name, description);
	  }

	  /**
	   * Define argument syntax for command.
	   *
	   * The default is that the argument is required, and you can explicitly
	   * indicate this with <> around the name. Put [] around the name for an optional argument.
	   *
	   * @example
	   * program.argument('<input-file>');
	   * program.argument('[output-file]');
	   *
	   * @param {string} name
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */
	  argument(name, description, parseArg, defaultValue) {
	    const argument = this.createArgument(name, description);
	    if (typeof parseArg === 'function') {
	      argument.default(defaultValue).argParser(parseArg);
	    } else {
	      argument.default(parseArg);
	    }
	    this.addArgument(argument);
	    return this;
	  }

	  /**
	   * Define argument syntax for command, adding multiple at once (without descriptions).
	   *
	   * See also .argument().
	   *
	   * @example
	   * program.arguments('<cmd> [env]');
	   *
	   * @param {string} names
	   * @return {Command} `this` command for chaining
	   */

	  arguments(names) {
	    names
	      .trim()
	      .split(/ +/)
	      .forEach((detail) => {
	        this.argument(detail);
	      });
	    return this;
	  }

	  /**
	   * Define argument syntax for command, adding a prepared argument.
	   *
	   * @param {Argument} argument
	   * @return {Command} `this` command for chaining
	   */
	  addArgument(argument) {
	    const previousArgument = this.registeredArguments.slice(-1)[0];
	    if (previousArgument?.variadic) {
	      throw new Error(
	        `only the last argument can be variadic '${previousArgument.name()}'`,
	      );
	    }
	    if (
	      argument.required &&
	      argument.defaultValue !== undefined &&
	      argument.parseArg === undefined
	    ) {
	      throw new Error(
	        `a default value for a required argument is never used: '${argument.name()}'`,
	      );
	    }
	    this.registeredArguments.push(argument);
	    return this;
	  }

	  /**
	   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
	   *
	   * @example
	   *    program.helpCommand('help [cmd]');
	   *    program.helpCommand('help [cmd]', 'show help');
	   *    program.helpCommand(false); // suppress default help command
	   *    program.helpCommand(true); // add help command even if no subcommands
	   *
	   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
	   * @param {string} [description] - custom description
	   * @return {Command} `this` command for chaining
	   */

	  helpCommand(enableOrNameAndArgs, description) {
	    if (typeof enableOrNameAndArgs === 'boolean') {
	      this._addImplicitHelpCommand = enableOrNameAndArgs;
	      if (enableOrNameAndArgs && this._defaultCommandGroup) {
	        // make the command to store the group
	        this._initCommandGroup(this._getHelpCommand());
	      }
	      return this;
	    }

	    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
	    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
	    const helpDescription = description ?? 'display help for command';

	    const helpCommand = this.createCommand(helpName);
	    helpCommand.helpOption(false);
	    if (helpArgs) helpCommand.arguments(helpArgs);
	    if (helpDescription) helpCommand.description(helpDescription);

	    this._addImplicitHelpCommand = true;
	    this._helpCommand = helpCommand;
	    // init group unless lazy create
	    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

	    return this;
	  }

	  /**
	   * Add prepared custom help command.
	   *
	   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
	   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
	   * @return {Command} `this` command for chaining
	   */
	  addHelpCommand(helpCommand, deprecatedDescription) {
	    // If not passed an object, call through to helpCommand for backwards compatibility,
	    // as addHelpCommand was originally used like helpCommand is now.
	    if (typeof helpCommand !== 'object') {
	      this.helpCommand(helpCommand, deprecatedDescription);
	      return this;
	    }

	    this._addImplicitHelpCommand = true;
	    this._helpCommand = helpCommand;
	    this._initCommandGroup(helpCommand);
	    return this;
	  }

	  /**
	   * Lazy create help command.
	   *
	   * @return {(Command|null)}
	   * @package
	   */
	  _getHelpCommand() {
	    const hasImplicitHelpCommand =
	      this._addImplicitHelpCommand ??
	      (this.commands.length &&
	        !this._actionHandler &&
	        !this._findCommand('help'));

	    if (hasImplicitHelpCommand) {
	      if (this._helpCommand === undefined) {
	        this.helpCommand(undefined, undefined); // use default name and description
	      }
	      return this._helpCommand;
	    }
	    return null;
	  }

	  /**
	   * Add hook for life cycle event.
	   *
	   * @param {string} event
	   * @param {Function} listener
	   * @return {Command} `this` command for chaining
	   */

	  hook(event, listener) {
	    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
	    if (!allowedValues.includes(event)) {
	      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
	    }
	    if (this._lifeCycleHooks[event]) {
	      this._lifeCycleHooks[event].push(listener);
	    } else {
	      this._lifeCycleHooks[event] = [listener];
	    }
	    return this;
	  }

	  /**
	   * Register callback to use as replacement for calling process.exit.
	   *
	   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
	   * @return {Command} `this` command for chaining
	   */

	  exitOverride(fn) {
	    if (fn) {
	      this._exitCallback = fn;
	    } else {
	      this._exitCallback = (err) => {
	        if (err.code !== 'commander.executeSubCommandAsync') {
	          throw err;
	        }
	      };
	    }
	    return this;
	  }

	  /**
	   * Call process.exit, and _exitCallback if defined.
	   *
	   * @param {number} exitCode exit code for using with process.exit
	   * @param {string} code an id string representing the error
	   * @param {string} message human-readable description of the error
	   * @return never
	   * @private
	   */

	  _exit(exitCode, code, message) {
	    if (this._exitCallback) {
	      this._exitCallback(new CommanderError(exitCode, code, message));
	      // Expecting this line is not reached.
	    }
	    process.exit(exitCode);
	  }

	  /**
	   * Register callback `fn` for the command.
	   *
	   * @example
	   * program
	   *   .command('serve')
	   *   .description('start service')
	   *   .action(function() {
	   *      // do work here
	   *   });
	   *
	   * @param {Function} fn
	   * @return {Command} `this` command for chaining
	   */

	  action(fn) {
	    const listener = (args) => {
	      // The .action callback takes an extra parameter which is the command or options.
	      const expectedArgsCount = this.registeredArguments.length;
	      const actionArgs = args.slice(0, expectedArgsCount);
	      if (this._storeOptionsAsProperties) {
	        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
	      } else {
	        actionArgs[expectedArgsCount] = this.opts();
	      }
	      actionArgs.push(this);

	      return fn.apply(this, actionArgs);
	    };
	    this._actionHandler = listener;
	    return this;
	  }

	  /**
	   * Factory routine to create a new unattached option.
	   *
	   * See .option() for creating an attached option, which uses this routine to
	   * create the option. You can override createOption to return a custom option.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @return {Option} new option
	   */

	  createOption(flags, description) {
	    return new Option(flags, description);
	  }

	  /**
	   * Wrap parseArgs to catch 'commander.invalidArgument'.
	   *
	   * @param {(Option | Argument)} target
	   * @param {string} value
	   * @param {*} previous
	   * @param {string} invalidArgumentMessage
	   * @private
	   */

	  _callParseArg(target, value, previous, invalidArgumentMessage) {
	    try {
	      return target.parseArg(value, previous);
	    } catch (err) {
	      if (err.code === 'commander.invalidArgument') {
	        const message = `${invalidArgumentMessage} ${err.message}`;
	        this.error(message, { exitCode: err.exitCode, code: err.code });
	      }
	      throw err;
	    }
	  }

	  /**
	   * Check for option flag conflicts.
	   * Register option if no conflicts found, or throw on conflict.
	   *
	   * @param {Option} option
	   * @private
	   */

	  _registerOption(option) {
	    const matchingOption =
	      (option.short && this._findOption(option.short)) ||
	      (option.long && this._findOption(option.long));
	    if (matchingOption) {
	      const matchingFlag =
	        option.long && this._findOption(option.long)
	          ? option.long
	          : option.short;
	      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
	    }

	    this._initOptionGroup(option);
	    this.options.push(option);
	  }

	  /**
	   * Check for command name and alias conflicts with existing commands.
	   * Register command if no conflicts found, or throw on conflict.
	   *
	   * @param {Command} command
	   * @private
	   */

	  _registerCommand(command) {
	    const knownBy = (cmd) => {
	      return [cmd.name()].concat(cmd.aliases());
	    };

	    const alreadyUsed = knownBy(command).find((name) =>
	      this._findCommand(name),
	    );
	    if (alreadyUsed) {
	      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
	      const newCmd = knownBy(command).join('|');
	      throw new Error(
	        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
	      );
	    }

	    this._initCommandGroup(command);
	    this.commands.push(command);
	  }

	  /**
	   * Add an option.
	   *
	   * @param {Option} option
	   * @return {Command} `this` command for chaining
	   */
	  addOption(option) {
	    this._registerOption(option);

	    const oname = option.name();
	    const name = option.attributeName();

	    // store default value
	    if (option.negate) {
	      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
	      const positiveLongFlag = option.long.replace(/^--no-/, '--');
	      if (!this._findOption(positiveLongFlag)) {
	        this.setOptionValueWithSource(
	          name,
	          option.defaultValue === undefined ? true : option.defaultValue,
	          'default',
	        );
	      }
	    } else if (option.defaultValue !== undefined) {
	      this.setOptionValueWithSource(name, option.defaultValue, 'default');
	    }

	    // handler for cli and env supplied values
	    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
	      // val is null for optional option used without an optional-argument.
	      // val is undefined for boolean and negated option.
	      if (val == null && option.presetArg !== undefined) {
	        val = option.presetArg;
	      }

	      // custom processing
	      const oldValue = this.getOptionValue(name);
	      if (val !== null && option.parseArg) {
	        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
	      } else if (val !== null && option.variadic) {
	        val = option._collectValue(val, oldValue);
	      }

	      // Fill-in appropriate missing values. Long winded but easy to follow.
	      if (val == null) {
	        if (option.negate) {
	          val = false;
	        } else if (option.isBoolean() || option.optional) {
	          val = true;
	        } else {
	          val = ''; // not normal, parseArg might have failed or be a mock function for testing
	        }
	      }
	      this.setOptionValueWithSource(name, val, valueSource);
	    };

	    this.on('option:' + oname, (val) => {
	      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
	      handleOptionValue(val, invalidValueMessage, 'cli');
	    });

	    if (option.envVar) {
	      this.on('optionEnv:' + oname, (val) => {
	        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
	        handleOptionValue(val, invalidValueMessage, 'env');
	      });
	    }

	    return this;
	  }

	  /**
	   * Internal implementation shared by .option() and .requiredOption()
	   *
	   * @return {Command} `this` command for chaining
	   * @private
	   */
	  _optionEx(config, flags, description, fn, defaultValue) {
	    if (typeof flags === 'object' && flags instanceof Option) {
	      throw new Error(
	        'To add an Option object use addOption() instead of option() or requiredOption()',
	      );
	    }
	    const option = this.createOption(flags, description);
	    option.makeOptionMandatory(!!config.mandatory);
	    if (typeof fn === 'function') {
	      option.default(defaultValue).argParser(fn);
	    } else if (fn instanceof RegExp) {
	      // deprecated
	      const regex = fn;
	      fn = (val, def) => {
	        const m = regex.exec(val);
	        return m ? m[0] : def;
	      };
	      option.default(defaultValue).argParser(fn);
	    } else {
	      option.default(fn);
	    }

	    return this.addOption(option);
	  }

	  /**
	   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
	   *
	   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
	   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
	   *
	   * See the README for more details, and see also addOption() and requiredOption().
	   *
	   * @example
	   * program
	   *     .option('-p, --pepper', 'add pepper')
	   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
	   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
	   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom option processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */

	  option(flags, description, parseArg, defaultValue) {
	    return this._optionEx({}, flags, description, parseArg, defaultValue);
	  }

	  /**
	   * Add a required option which must have a value after parsing. This usually means
	   * the option must be specified on the command line. (Otherwise the same as .option().)
	   *
	   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
	   *
	   * @param {string} flags
	   * @param {string} [description]
	   * @param {(Function|*)} [parseArg] - custom option processing function or default value
	   * @param {*} [defaultValue]
	   * @return {Command} `this` command for chaining
	   */

	  requiredOption(flags, description, parseArg, defaultValue) {
	    return this._optionEx(
	      { mandatory: true },
	      flags,
	      description,
	      parseArg,
	      defaultValue,
	    );
	  }

	  /**
	   * Alter parsing of short flags with optional values.
	   *
	   * @example
	   * // for `.option('-f,--flag [value]'):
	   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
	   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
	   *
	   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
	   * @return {Command} `this` command for chaining
	   */
	  combineFlagAndOptionalValue(combine = true) {
	    this._combineFlagAndOptionalValue = !!combine;
	    return this;
	  }

	  /**
	   * Allow unknown options on the command line.
	   *
	   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
	   * @return {Command} `this` command for chaining
	   */
	  allowUnknownOption(allowUnknown = true) {
	    this._allowUnknownOption = !!allowUnknown;
	    return this;
	  }

	  /**
	   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
	   *
	   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
	   * @return {Command} `this` command for chaining
	   */
	  allowExcessArguments(allowExcess = true) {
	    this._allowExcessArguments = !!allowExcess;
	    return this;
	  }

	  /**
	   * Enable positional options. Positional means global options are specified before subcommands which lets
	   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
	   * The default behaviour is non-positional and global options may appear anywhere on the command line.
	   *
	   * @param {boolean} [positional]
	   * @return {Command} `this` command for chaining
	   */
	  enablePositionalOptions(positional = true) {
	    this._enablePositionalOptions = !!positional;
	    return this;
	  }

	  /**
	   * Pass through options that come after command-arguments rather than treat them as command-options,
	   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
	   * positional options to have been enabled on the program (parent commands).
	   * The default behaviour is non-positional and options may appear before or after command-arguments.
	   *
	   * @param {boolean} [passThrough] for unknown options.
	   * @return {Command} `this` command for chaining
	   */
	  passThroughOptions(passThrough = true) {
	    this._passThroughOptions = !!passThrough;
	    this._checkForBrokenPassThrough();
	    return this;
	  }

	  /**
	   * @private
	   */

	  _checkForBrokenPassThrough() {
	    if (
	      this.parent &&
	      this._passThroughOptions &&
	      !this.parent._enablePositionalOptions
	    ) {
	      throw new Error(
	        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
	      );
	    }
	  }

	  /**
	   * Whether to store option values as properties on command object,
	   * or store separately (specify false). In both cases the option values can be accessed using .opts().
	   *
	   * @param {boolean} [storeAsProperties=true]
	   * @return {Command} `this` command for chaining
	   */

	  storeOptionsAsProperties(storeAsProperties = true) {
	    if (this.options.length) {
	      throw new Error('call .storeOptionsAsProperties() before adding options');
	    }
	    if (Object.keys(this._optionValues).length) {
	      throw new Error(
	        'call .storeOptionsAsProperties() before setting option values',
	      );
	    }
	    this._storeOptionsAsProperties = !!storeAsProperties;
	    return this;
	  }

	  /**
	   * Retrieve option value.
	   *
	   * @param {string} key
	   * @return {object} value
	   */

	  getOptionValue(key) {
	    if (this._storeOptionsAsProperties) {
	      return this[key];
	    }
	    return this._optionValues[key];
	  }

	  /**
	   * Store option value.
	   *
	   * @param {string} key
	   * @param {object} value
	   * @return {Command} `this` command for chaining
	   */

	  setOptionValue(key, value) {
	    return this.setOptionValueWithSource(key, value, undefined);
	  }

	  /**
	   * Store option value and where the value came from.
	   *
	   * @param {string} key
	   * @param {object} value
	   * @param {string} source - expected values are default/config/env/cli/implied
	   * @return {Command} `this` command for chaining
	   */

	  setOptionValueWithSource(key, value, source) {
	    if (this._storeOptionsAsProperties) {
	      this[key] = value;
	    } else {
	      this._optionValues[key] = value;
	    }
	    this._optionValueSources[key] = source;
	    return this;
	  }

	  /**
	   * Get source of option value.
	   * Expected values are default | config | env | cli | implied
	   *
	   * @param {string} key
	   * @return {string}
	   */

	  getOptionValueSource(key) {
	    return this._optionValueSources[key];
	  }

	  /**
	   * Get source of option value. See also .optsWithGlobals().
	   * Expected values are default | config | env | cli | implied
	   *
	   * @param {string} key
	   * @return {string}
	   */

	  getOptionValueSourceWithGlobals(key) {
	    // global overwrites local, like optsWithGlobals
	    let source;
	    this._getCommandAndAncestors().forEach((cmd) => {
	      if (cmd.getOptionValueSource(key) !== undefined) {
	        source = cmd.getOptionValueSource(key);
	      }
	    });
	    return source;
	  }

	  /**
	   * Get user arguments from implied or explicit arguments.
	   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
	   *
	   * @private
	   */

	  _prepareUserArgs(argv, parseOptions) {
	    if (argv !== undefined && !Array.isArray(argv)) {
	      throw new Error('first parameter to parse must be array or undefined');
	    }
	    parseOptions = parseOptions || {};

	    // auto-detect argument conventions if nothing supplied
	    if (argv === undefined && parseOptions.from === undefined) {
	      if (process.versions?.electron) {
	        parseOptions.from = 'electron';
	      }
	      // check node specific options for scenarios where user CLI args follow executable without scriptname
	      const execArgv = process.execArgv ?? [];
	      if (
	        execArgv.includes('-e') ||
	        execArgv.includes('--eval') ||
	        execArgv.includes('-p') ||
	        execArgv.includes('--print')
	      ) {
	        parseOptions.from = 'eval'; // internal usage, not documented
	      }
	    }

	    // default to using process.argv
	    if (argv === undefined) {
	      argv = process.argv;
	    }
	    this.rawArgs = argv.slice();

	    // extract the user args and scriptPath
	    let userArgs;
	    switch (parseOptions.from) {
	      case undefined:
	      case 'node':
	        this._scriptPath = argv[1];
	        userArgs = argv.slice(2);
	        break;
	      case 'electron':
	        // @ts-ignore: because defaultApp is an unknown property
	        if (process.defaultApp) {
	          this._scriptPath = argv[1];
	          userArgs = argv.slice(2);
	        } else {
	          userArgs = argv.slice(1);
	        }
	        break;
	      case 'user':
	        userArgs = argv.slice(0);
	        break;
	      case 'eval':
	        userArgs = argv.slice(1);
	        break;
	      default:
	        throw new Error(
	          `unexpected parse option { from: '${parseOptions.from}' }`,
	        );
	    }

	    // Find default name for program from arguments.
	    if (!this._name && this._scriptPath)
	      this.nameFromFilename(this._scriptPath);
	    this._name = this._name || 'program';

	    return userArgs;
	  }

	  /**
	   * Parse `argv`, setting options and invoking commands when defined.
	   *
	   * Use parseAsync instead of parse if any of your action handlers are async.
	   *
	   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
	   *
	   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
	   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
	   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
	   * - `'user'`: just user arguments
	   *
	   * @example
	   * program.parse(); // parse process.argv and auto-detect electron and special node flags
	   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
	   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
	   *
	   * @param {string[]} [argv] - optional, defaults to process.argv
	   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
	   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
	   * @return {Command} `this` command for chaining
	   */

	  parse(argv, parseOptions) {
	    this._prepareForParse();
	    const userArgs = this._prepareUserArgs(argv, parseOptions);
	    this._parseCommand([], userArgs);

	    return this;
	  }

	  /**
	   * Parse `argv`, setting options and invoking commands when defined.
	   *
	   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
	   *
	   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
	   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
	   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
	   * - `'user'`: just user arguments
	   *
	   * @example
	   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
	   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
	   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
	   *
	   * @param {string[]} [argv]
	   * @param {object} [parseOptions]
	   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
	   * @return {Promise}
	   */

	  async parseAsync(argv, parseOptions) {
	    this._prepareForParse();
	    const userArgs = this._prepareUserArgs(argv, parseOptions);
	    await this._parseCommand([], userArgs);

	    return this;
	  }

	  _prepareForParse() {
	    if (this._savedState === null) {
	      this.saveStateBeforeParse();
	    } else {
	      this.restoreStateBeforeParse();
	    }
	  }

	  /**
	   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
	   * Not usually called directly, but available for subclasses to save their custom state.
	   *
	   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
	   */
	  saveStateBeforeParse() {
	    this._savedState = {
	      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
	      _name: this._name,
	      // option values before parse have default values (including false for negated options)
	      // shallow clones
	      _optionValues: { ...this._optionValues },
	      _optionValueSources: { ...this._optionValueSources },
	    };
	  }

	  /**
	   * Restore state before parse for calls after the first.
	   * Not usually called directly, but available for subclasses to save their custom state.
	   *
	   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
	   */
	  restoreStateBeforeParse() {
	    if (this._storeOptionsAsProperties)
	      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

	    // clear state from _prepareUserArgs
	    this._name = this._savedState._name;
	    this._scriptPath = null;
	    this.rawArgs = [];
	    // clear state from setOptionValueWithSource
	    this._optionValues = { ...this._savedState._optionValues };
	    this._optionValueSources = { ...this._savedState._optionValueSources };
	    // clear state from _parseCommand
	    this.args = [];
	    // clear state from _processArguments
	    this.processedArgs = [];
	  }

	  /**
	   * Throw if expected executable is missing. Add lots of help for author.
	   *
	   * @param {string} executableFile
	   * @param {string} executableDir
	   * @param {string} subcommandName
	   */
	  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
	    if (fs.existsSync(executableFile)) return;

	    const executableDirMessage = executableDir
	      ? `searched for local subcommand relative to directory '${executableDir}'`
	      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
	    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
	    throw new Error(executableMissing);
	  }

	  /**
	   * Execute a sub-command executable.
	   *
	   * @private
	   */

	  _executeSubCommand(subcommand, args) {
	    args = args.slice();
	    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
	    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

	    function findFile(baseDir, baseName) {
	      // Look for specified file
	      const localBin = path$1.resolve(baseDir, baseName);
	      if (fs.existsSync(localBin)) return localBin;

	      // Stop looking if candidate already has an expected extension.
	      if (sourceExt.includes(path$1.extname(baseName))) return undefined;

	      // Try all the extensions.
	      const foundExt = sourceExt.find((ext) =>
	        fs.existsSync(`${localBin}${ext}`),
	      );
	      if (foundExt) return `${localBin}${foundExt}`;

	      return undefined;
	    }

	    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
	    this._checkForMissingMandatoryOptions();
	    this._checkForConflictingOptions();

	    // executableFile and executableDir might be full path, or just a name
	    let executableFile =
	      subcommand._executableFile || `${this._name}-${subcommand._name}`;
	    let executableDir = this._executableDir || '';
	    if (this._scriptPath) {
	      let resolvedScriptPath; // resolve possible symlink for installed npm binary
	      try {
	        resolvedScriptPath = fs.realpathSync(this._scriptPath);
	      } catch {
	        resolvedScriptPath = this._scriptPath;
	      }
	      executableDir = path$1.resolve(
	        path$1.dirname(resolvedScriptPath),
	        executableDir,
	      );
	    }

	    // Look for a local file in preference to a command in PATH.
	    if (executableDir) {
	      let localFile = findFile(executableDir, executableFile);

	      // Legacy search using prefix of script name instead of command name
	      if (!localFile && !subcommand._executableFile && this._scriptPath) {
	        const legacyName = path$1.basename(
	          this._scriptPath,
	          path$1.extname(this._scriptPath),
	        );
	        if (legacyName !== this._name) {
	          localFile = findFile(
	            executableDir,
	            `${legacyName}-${subcommand._name}`,
	          );
	        }
	      }
	      executableFile = localFile || executableFile;
	    }

	    launchWithNode = sourceExt.includes(path$1.extname(executableFile));

	    let proc;
	    if (process.platform !== 'win32') {
	      if (launchWithNode) {
	        args.unshift(executableFile);
	        // add executable arguments to spawn
	        args = incrementNodeInspectorPort(process.execArgv).concat(args);

	        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
	      } else {
	        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
	      }
	    } else {
	      this._checkForMissingExecutable(
	        executableFile,
	        executableDir,
	        subcommand._name,
	      );
	      args.unshift(executableFile);
	      // add executable arguments to spawn
	      args = incrementNodeInspectorPort(process.execArgv).concat(args);
	      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
	    }

	    if (!proc.killed) {
	      // testing mainly to avoid leak warnings during unit tests with mocked spawn
	      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
	      signals.forEach((signal) => {
	        process.on(signal, () => {
	          if (proc.killed === false && proc.exitCode === null) {
	            // @ts-ignore because signals not typed to known strings
	            proc.kill(signal);
	          }
	        });
	      });
	    }

	    // By default terminate process when spawned process terminates.
	    const exitCallback = this._exitCallback;
	    proc.on('close', (code) => {
	      code = code ?? 1; // code is null if spawned process terminated due to a signal
	      if (!exitCallback) {
	        process.exit(code);
	      } else {
	        exitCallback(
	          new CommanderError(
	            code,
	            'commander.executeSubCommandAsync',
	            '(close)',
	          ),
	        );
	      }
	    });
	    proc.on('error', (err) => {
	      // @ts-ignore: because err.code is an unknown property
	      if (err.code === 'ENOENT') {
	        this._checkForMissingExecutable(
	          executableFile,
	          executableDir,
	          subcommand._name,
	        );
	        // @ts-ignore: because err.code is an unknown property
	      } else if (err.code === 'EACCES') {
	        throw new Error(`'${executableFile}' not executable`);
	      }
	      if (!exitCallback) {
	        process.exit(1);
	      } else {
	        const wrappedError = new CommanderError(
	          1,
	          'commander.executeSubCommandAsync',
	          '(error)',
	        );
	        wrappedError.nestedError = err;
	        exitCallback(wrappedError);
	      }
	    });

	    // Store the reference to the child process
	    this.runningCommand = proc;
	  }

	  /**
	   * @private
	   */

	  _dispatchSubcommand(commandName, operands, unknown) {
	    const subCommand = this._findCommand(commandName);
	    if (!subCommand) this.help({ error: true });

	    subCommand._prepareForParse();
	    let promiseChain;
	    promiseChain = this._chainOrCallSubCommandHook(
	      promiseChain,
	      subCommand,
	      'preSubcommand',
	    );
	    promiseChain = this._chainOrCall(promiseChain, () => {
	      if (subCommand._executableHandler) {
	        this._executeSubCommand(subCommand, operands.concat(unknown));
	      } else {
	        return subCommand._parseCommand(operands, unknown);
	      }
	    });
	    return promiseChain;
	  }

	  /**
	   * Invoke help directly if possible, or dispatch if necessary.
	   * e.g. help foo
	   *
	   * @private
	   */

	  _dispatchHelpCommand(subcommandName) {
	    if (!subcommandName) {
	      this.help();
	    }
	    const subCommand = this._findCommand(subcommandName);
	    if (subCommand && !subCommand._executableHandler) {
	      subCommand.help();
	    }

	    // Fallback to parsing the help flag to invoke the help.
	    return this._dispatchSubcommand(
	      subcommandName,
	      [],
	      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
	    );
	  }

	  /**
	   * Check this.args against expected this.registeredArguments.
	   *
	   * @private
	   */

	  _checkNumberOfArguments() {
	    // too few
	    this.registeredArguments.forEach((arg, i) => {
	      if (arg.required && this.args[i] == null) {
	        this.missingArgument(arg.name());
	      }
	    });
	    // too many
	    if (
	      this.registeredArguments.length > 0 &&
	      this.registeredArguments[this.registeredArguments.length - 1].variadic
	    ) {
	      return;
	    }
	    if (this.args.length > this.registeredArguments.length) {
	      this._excessArguments(this.args);
	    }
	  }

	  /**
	   * Process this.args using this.registeredArguments and save as this.processedArgs!
	   *
	   * @private
	   */

	  _processArguments() {
	    const myParseArg = (argument, value, previous) => {
	      // Extra processing for nice error message on parsing failure.
	      let parsedValue = value;
	      if (value !== null && argument.parseArg) {
	        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
	        parsedValue = this._callParseArg(
	          argument,
	          value,
	          previous,
	          invalidValueMessage,
	        );
	      }
	      return parsedValue;
	    };

	    this._checkNumberOfArguments();

	    const processedArgs = [];
	    this.registeredArguments.forEach((declaredArg, index) => {
	      let value = declaredArg.defaultValue;
	      if (declaredArg.variadic) {
	        // Collect together remaining arguments for passing together as an array.
	        if (index < this.args.length) {
	          value = this.args.slice(index);
	          if (declaredArg.parseArg) {
	            value = value.reduce((processed, v) => {
	              return myParseArg(declaredArg, v, processed);
	            }, declaredArg.defaultValue);
	          }
	        } else if (value === undefined) {
	          value = [];
	        }
	      } else if (index < this.args.length) {
	        value = this.args[index];
	        if (declaredArg.parseArg) {
	          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
	        }
	      }
	      processedArgs[index] = value;
	    });
	    this.processedArgs = processedArgs;
	  }

	  /**
	   * Once we have a promise we chain, but call synchronously until then.
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {Function} fn
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCall(promise, fn) {
	    // thenable
	    if (promise?.then && typeof promise.then === 'function') {
	      // already have a promise, chain callback
	      return promise.then(() => fn());
	    }
	    // callback might return a promise
	    return fn();
	  }

	  /**
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {string} event
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCallHooks(promise, event) {
	    let result = promise;
	    const hooks = [];
	    this._getCommandAndAncestors()
	      .reverse()
	      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
	      .forEach((hookedCommand) => {
	        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
	          hooks.push({ hookedCommand, callback });
	        });
	      });
	    if (event === 'postAction') {
	      hooks.reverse();
	    }

	    hooks.forEach((hookDetail) => {
	      result = this._chainOrCall(result, () => {
	        return hookDetail.callback(hookDetail.hookedCommand, this);
	      });
	    });
	    return result;
	  }

	  /**
	   *
	   * @param {(Promise|undefined)} promise
	   * @param {Command} subCommand
	   * @param {string} event
	   * @return {(Promise|undefined)}
	   * @private
	   */

	  _chainOrCallSubCommandHook(promise, subCommand, event) {
	    let result = promise;
	    if (this._lifeCycleHooks[event] !== undefined) {
	      this._lifeCycleHooks[event].forEach((hook) => {
	        result = this._chainOrCall(result, () => {
	          return hook(this, subCommand);
	        });
	      });
	    }
	    return result;
	  }

	  /**
	   * Process arguments in context of this command.
	   * Returns action result, in case it is a promise.
	   *
	   * @private
	   */

	  _parseCommand(operands, unknown) {
	    const parsed = this.parseOptions(unknown);
	    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
	    this._parseOptionsImplied();
	    operands = operands.concat(parsed.operands);
	    unknown = parsed.unknown;
	    this.args = operands.concat(unknown);

	    if (operands && this._findCommand(operands[0])) {
	      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
	    }
	    if (
	      this._getHelpCommand() &&
	      operands[0] === this._getHelpCommand().name()
	    ) {
	      return this._dispatchHelpCommand(operands[1]);
	    }
	    if (this._defaultCommandName) {
	      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
	      return this._dispatchSubcommand(
	        this._defaultCommandName,
	        operands,
	        unknown,
	      );
	    }
	    if (
	      this.commands.length &&
	      this.args.length === 0 &&
	      !this._actionHandler &&
	      !this._defaultCommandName
	    ) {
	      // probably missing subcommand and no handler, user needs help (and exit)
	      this.help({ error: true });
	    }

	    this._outputHelpIfRequested(parsed.unknown);
	    this._checkForMissingMandatoryOptions();
	    this._checkForConflictingOptions();

	    // We do not always call this check to avoid masking a "better" error, like unknown command.
	    const checkForUnknownOptions = () => {
	      if (parsed.unknown.length > 0) {
	        this.unknownOption(parsed.unknown[0]);
	      }
	    };

	    const commandEvent = `command:${this.name()}`;
	    if (this._actionHandler) {
	      checkForUnknownOptions();
	      this._processArguments();

	      let promiseChain;
	      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
	      promiseChain = this._chainOrCall(promiseChain, () =>
	        this._actionHandler(this.processedArgs),
	      );
	      if (this.parent) {
	        promiseChain = this._chainOrCall(promiseChain, () => {
	          this.parent.emit(commandEvent, operands, unknown); // legacy
	        });
	      }
	      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
	      return promiseChain;
	    }
	    if (this.parent?.listenerCount(commandEvent)) {
	      checkForUnknownOptions();
	      this._processArguments();
	      this.parent.emit(commandEvent, operands, unknown); // legacy
	    } else if (operands.length) {
	      if (this._findCommand('*')) {
	        // legacy default command
	        return this._dispatchSubcommand('*', operands, unknown);
	      }
	      if (this.listenerCount('command:*')) {
	        // skip option check, emit event for possible misspelling suggestion
	        this.emit('command:*', operands, unknown);
	      } else if (this.commands.length) {
	        this.unknownCommand();
	      } else {
	        checkForUnknownOptions();
	        this._processArguments();
	      }
	    } else if (this.commands.length) {
	      checkForUnknownOptions();
	      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
	      this.help({ error: true });
	    } else {
	      checkForUnknownOptions();
	      this._processArguments();
	      // fall through for caller to handle after calling .parse()
	    }
	  }

	  /**
	   * Find matching command.
	   *
	   * @private
	   * @return {Command | undefined}
	   */
	  _findCommand(name) {
	    if (!name) return undefined;
	    return this.commands.find(
	      (cmd) => cmd._name === name || cmd._aliases.includes(name),
	    );
	  }

	  /**
	   * Return an option matching `arg` if any.
	   *
	   * @param {string} arg
	   * @return {Option}
	   * @package
	   */

	  _findOption(arg) {
	    return this.options.find((option) => option.is(arg));
	  }

	  /**
	   * Display an error message if a mandatory option does not have a value.
	   * Called after checking for help flags in leaf subcommand.
	   *
	   * @private
	   */

	  _checkForMissingMandatoryOptions() {
	    // Walk up hierarchy so can call in subcommand after checking for displaying help.
	    this._getCommandAndAncestors().forEach((cmd) => {
	      cmd.options.forEach((anOption) => {
	        if (
	          anOption.mandatory &&
	          cmd.getOptionValue(anOption.attributeName()) === undefined
	        ) {
	          cmd.missingMandatoryOptionValue(anOption);
	        }
	      });
	    });
	  }

	  /**
	   * Display an error message if conflicting options are used together in this.
	   *
	   * @private
	   */
	  _checkForConflictingLocalOptions() {
	    const definedNonDefaultOptions = this.options.filter((option) => {
	      const optionKey = option.attributeName();
	      if (this.getOptionValue(optionKey) === undefined) {
	        return false;
	      }
	      return this.getOptionValueSource(optionKey) !== 'default';
	    });

	    const optionsWithConflicting = definedNonDefaultOptions.filter(
	      (option) => option.conflictsWith.length > 0,
	    );

	    optionsWithConflicting.forEach((option) => {
	      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
	        option.conflictsWith.includes(defined.attributeName()),
	      );
	      if (conflictingAndDefined) {
	        this._conflictingOption(option, conflictingAndDefined);
	      }
	    });
	  }

	  /**
	   * Display an error message if conflicting options are used together.
	   * Called after checking for help flags in leaf subcommand.
	   *
	   * @private
	   */
	  _checkForConflictingOptions() {
	    // Walk up hierarchy so can call in subcommand after checking for displaying help.
	    this._getCommandAndAncestors().forEach((cmd) => {
	      cmd._checkForConflictingLocalOptions();
	    });
	  }

	  /**
	   * Parse options from `argv` removing known options,
	   * and return argv split into operands and unknown arguments.
	   *
	   * Side effects: modifies command by storing options. Does not reset state if called again.
	   *
	   * Examples:
	   *
	   *     argv => operands, unknown
	   *     --known kkk op => [op], []
	   *     op --known kkk => [op], []
	   *     sub --unknown uuu op => [sub], [--unknown uuu op]
	   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
	   *
	   * @param {string[]} args
	   * @return {{operands: string[], unknown: string[]}}
	   */

	  parseOptions(args) {
	    const operands = []; // operands, not options or values
	    const unknown = []; // first unknown option and remaining unknown args
	    let dest = operands;

	    function maybeOption(arg) {
	      return arg.length > 1 && arg[0] === '-';
	    }

	    const negativeNumberArg = (arg) => {
	      // return false if not a negative number
	      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
	      // negative number is ok unless digit used as an option in command hierarchy
	      return !this._getCommandAndAncestors().some((cmd) =>
	        cmd.options
	          .map((opt) => opt.short)
	          .some((short) => /^-\d$/.test(short)),
	      );
	    };

	    // parse options
	    let activeVariadicOption = null;
	    let activeGroup = null; // working through group of short options, like -abc
	    let i = 0;
	    while (i < args.length || activeGroup) {
	      const arg = activeGroup ?? args[i++];
	      activeGroup = null;

	      // literal
	      if (arg === '--') {
	        if (dest === unknown) dest.push(arg);
	        dest.push(...args.slice(i));
	        break;
	      }

	      if (
	        activeVariadicOption &&
	        (!maybeOption(arg) || negativeNumberArg(arg))
	      ) {
	        this.emit(`option:${activeVariadicOption.name()}`, arg);
	        continue;
	      }
	      activeVariadicOption = null;

	      if (maybeOption(arg)) {
	        const option = this._findOption(arg);
	        // recognised option, call listener to assign value with possible custom processing
	        if (option) {
	          if (option.required) {
	            const value = args[i++];
	            if (value === undefined) this.optionMissingArgument(option);
	            this.emit(`option:${option.name()}`, value);
	          } else if (option.optional) {
	            let value = null;
	            // historical behaviour is optional value is following arg unless an option
	            if (
	              i < args.length &&
	              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
	            ) {
	              value = args[i++];
	            }
	            this.emit(`option:${option.name()}`, value);
	          } else {
	            // boolean flag
	            this.emit(`option:${option.name()}`);
	          }
	          activeVariadicOption = option.variadic ? option : null;
	          continue;
	        }
	      }

	      // Look for combo options following single dash, eat first one if known.
	      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
	        const option = this._findOption(`-${arg[1]}`);
	        if (option) {
	          if (
	            option.required ||
	            (option.optional && this._combineFlagAndOptionalValue)
	          ) {
	            // option with value following in same argument
	            this.emit(`option:${option.name()}`, arg.slice(2));
	          } else {
	            // boolean option
	            this.emit(`option:${option.name()}`);
	            // remove the processed option and keep processing group
	            activeGroup = `-${arg.slice(2)}`;
	          }
	          continue;
	        }
	      }

	      // Look for known long flag with value, like --foo=bar
	      if (/^--[^=]+=/.test(arg)) {
	        const index = arg.indexOf('=');
	        const option = this._findOption(arg.slice(0, index));
	        if (option && (option.required || option.optional)) {
	          this.emit(`option:${option.name()}`, arg.slice(index + 1));
	          continue;
	        }
	      }

	      // Not a recognised option by this command.
	      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

	      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
	      // A negative number in a leaf command is not an unknown option.
	      if (
	        dest === operands &&
	        maybeOption(arg) &&
	        !(this.commands.length === 0 && negativeNumberArg(arg))
	      ) {
	        dest = unknown;
	      }

	      // If using positionalOptions, stop processing our options at subcommand.
	      if (
	        (this._enablePositionalOptions || this._passThroughOptions) &&
	        operands.length === 0 &&
	        unknown.length === 0
	      ) {
	        if (this._findCommand(arg)) {
	          operands.push(arg);
	          unknown.push(...args.slice(i));
	          break;
	        } else if (
	          this._getHelpCommand() &&
	          arg === this._getHelpCommand().name()
	        ) {
	          operands.push(arg, ...args.slice(i));
	          break;
	        } else if (this._defaultCommandName) {
	          unknown.push(arg, ...args.slice(i));
	          break;
	        }
	      }

	      // If using passThroughOptions, stop processing options at first command-argument.
	      if (this._passThroughOptions) {
	        dest.push(arg, ...args.slice(i));
	        break;
	      }

	      // add arg
	      dest.push(arg);
	    }

	    return { operands, unknown };
	  }

	  /**
	   * Return an object containing local option values as key-value pairs.
	   *
	   * @return {object}
	   */
	  opts() {
	    if (this._storeOptionsAsProperties) {
	      // Preserve original behaviour so backwards compatible when still using properties
	      const result = {};
	      const len = this.options.length;

	      for (let i = 0; i < len; i++) {
	        const key = this.options[i].attributeName();
	        result[key] =
	          key === this._versionOptionName ? this._version : this[key];
	      }
	      return result;
	    }

	    return this._optionValues;
	  }

	  /**
	   * Return an object containing merged local and global option values as key-value pairs.
	   *
	   * @return {object}
	   */
	  optsWithGlobals() {
	    // globals overwrite locals
	    return this._getCommandAndAncestors().reduce(
	      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
	      {},
	    );
	  }

	  /**
	   * Display error message and exit (or call exitOverride).
	   *
	   * @param {string} message
	   * @param {object} [errorOptions]
	   * @param {string} [errorOptions.code] - an id string representing the error
	   * @param {number} [errorOptions.exitCode] - used with process.exit
	   */
	  error(message, errorOptions) {
	    // output handling
	    this._outputConfiguration.outputError(
	      `${message}\n`,
	      this._outputConfiguration.writeErr,
	    );
	    if (typeof this._showHelpAfterError === 'string') {
	      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
	    } else if (this._showHelpAfterError) {
	      this._outputConfiguration.writeErr('\n');
	      this.outputHelp({ error: true });
	    }

	    // exit handling
	    const config = errorOptions || {};
	    const exitCode = config.exitCode || 1;
	    const code = config.code || 'commander.error';
	    this._exit(exitCode, code, message);
	  }

	  /**
	   * Apply any option related environment variables, if option does
	   * not have a value from cli or client code.
	   *
	   * @private
	   */
	  _parseOptionsEnv() {
	    this.options.forEach((option) => {
	      if (option.envVar && option.envVar in process.env) {
	        const optionKey = option.attributeName();
	        // Priority check. Do not overwrite cli or options from unknown source (client-code).
	        if (
	          this.getOptionValue(optionKey) === undefined ||
	          ['default', 'config', 'env'].includes(
	            this.getOptionValueSource(optionKey),
	          )
	        ) {
	          if (option.required || option.optional) {
	            // option can take a value
	            // keep very simple, optional always takes value
	            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
	          } else {
	            // boolean
	            // keep very simple, only care that envVar defined and not the value
	            this.emit(`optionEnv:${option.name()}`);
	          }
	        }
	      }
	    });
	  }

	  /**
	   * Apply any implied option values, if option is undefined or default value.
	   *
	   * @private
	   */
	  _parseOptionsImplied() {
	    const dualHelper = new DualOptions(this.options);
	    const hasCustomOptionValue = (optionKey) => {
	      return (
	        this.getOptionValue(optionKey) !== undefined &&
	        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
	      );
	    };
	    this.options
	      .filter(
	        (option) =>
	          option.implied !== undefined &&
	          hasCustomOptionValue(option.attributeName()) &&
	          dualHelper.valueFromOption(
	            this.getOptionValue(option.attributeName()),
	            option,
	          ),
	      )
	      .forEach((option) => {
	        Object.keys(option.implied)
	          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
	          .forEach((impliedKey) => {
	            this.setOptionValueWithSource(
	              impliedKey,
	              option.implied[impliedKey],
	              'implied',
	            );
	          });
	      });
	  }

	  /**
	   * Argument `name` is missing.
	   *
	   * @param {string} name
	   * @private
	   */

	  missingArgument(name) {
	    const message = `error: missing required argument '${name}'`;
	    this.error(message, { code: 'commander.missingArgument' });
	  }

	  /**
	   * `Option` is missing an argument.
	   *
	   * @param {Option} option
	   * @private
	   */

	  optionMissingArgument(option) {
	    const message = `error: option '${option.flags}' argument missing`;
	    this.error(message, { code: 'commander.optionMissingArgument' });
	  }

	  /**
	   * `Option` does not have a value, and is a mandatory option.
	   *
	   * @param {Option} option
	   * @private
	   */

	  missingMandatoryOptionValue(option) {
	    const message = `error: required option '${option.flags}' not specified`;
	    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
	  }

	  /**
	   * `Option` conflicts with another option.
	   *
	   * @param {Option} option
	   * @param {Option} conflictingOption
	   * @private
	   */
	  _conflictingOption(option, conflictingOption) {
	    // The calling code does not know whether a negated option is the source of the
	    // value, so do some work to take an educated guess.
	    const findBestOptionFromValue = (option) => {
	      const optionKey = option.attributeName();
	      const optionValue = this.getOptionValue(optionKey);
	      const negativeOption = this.options.find(
	        (target) => target.negate && optionKey === target.attributeName(),
	      );
	      const positiveOption = this.options.find(
	        (target) => !target.negate && optionKey === target.attributeName(),
	      );
	      if (
	        negativeOption &&
	        ((negativeOption.presetArg === undefined && optionValue === false) ||
	          (negativeOption.presetArg !== undefined &&
	            optionValue === negativeOption.presetArg))
	      ) {
	        return negativeOption;
	      }
	      return positiveOption || option;
	    };

	    const getErrorMessage = (option) => {
	      const bestOption = findBestOptionFromValue(option);
	      const optionKey = bestOption.attributeName();
	      const source = this.getOptionValueSource(optionKey);
	      if (source === 'env') {
	        return `environment variable '${bestOption.envVar}'`;
	      }
	      return `option '${bestOption.flags}'`;
	    };

	    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
	    this.error(message, { code: 'commander.conflictingOption' });
	  }

	  /**
	   * Unknown option `flag`.
	   *
	   * @param {string} flag
	   * @private
	   */

	  unknownOption(flag) {
	    if (this._allowUnknownOption) return;
	    let suggestion = '';

	    if (flag.startsWith('--') && this._showSuggestionAfterError) {
	      // Looping to pick up the global options too
	      let candidateFlags = [];
	      // eslint-disable-next-line @typescript-eslint/no-this-alias
	      let command = this;
	      do {
	        const moreFlags = command
	          .createHelp()
	          .visibleOptions(command)
	          .filter((option) => option.long)
	          .map((option) => option.long);
	        candidateFlags = candidateFlags.concat(moreFlags);
	        command = command.parent;
	      } while (command && !command._enablePositionalOptions);
	      suggestion = suggestSimilar(flag, candidateFlags);
	    }

	    const message = `error: unknown option '${flag}'${suggestion}`;
	    this.error(message, { code: 'commander.unknownOption' });
	  }

	  /**
	   * Excess arguments, more than expected.
	   *
	   * @param {string[]} receivedArgs
	   * @private
	   */

	  _excessArguments(receivedArgs) {
	    if (this._allowExcessArguments) return;

	    const expected = this.registeredArguments.length;
	    const s = expected === 1 ? '' : 's';
	    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
	    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
	    this.error(message, { code: 'commander.excessArguments' });
	  }

	  /**
	   * Unknown command.
	   *
	   * @private
	   */

	  unknownCommand() {
	    const unknownName = this.args[0];
	    let suggestion = '';

	    if (this._showSuggestionAfterError) {
	      const candidateNames = [];
	      this.createHelp()
	        .visibleCommands(this)
	        .forEach((command) => {
	          candidateNames.push(command.name());
	          // just visible alias
	          if (command.alias()) candidateNames.push(command.alias());
	        });
	      suggestion = suggestSimilar(unknownName, candidateNames);
	    }

	    const message = `error: unknown command '${unknownName}'${suggestion}`;
	    this.error(message, { code: 'commander.unknownCommand' });
	  }

	  /**
	   * Get or set the program version.
	   *
	   * This method auto-registers the "-V, --version" option which will print the version number.
	   *
	   * You can optionally supply the flags and description to override the defaults.
	   *
	   * @param {string} [str]
	   * @param {string} [flags]
	   * @param {string} [description]
	   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
	   */

	  version(str, flags, description) {
	    if (str === undefined) return this._version;
	    this._version = str;
	    flags = flags || '-V, --version';
	    description = description || 'output the version number';
	    const versionOption = this.createOption(flags, description);
	    this._versionOptionName = versionOption.attributeName();
	    this._registerOption(versionOption);

	    this.on('option:' + versionOption.name(), () => {
	      this._outputConfiguration.writeOut(`${str}\n`);
	      this._exit(0, 'commander.version', str);
	    });
	    return this;
	  }

	  /**
	   * Set the description.
	   *
	   * @param {string} [str]
	   * @param {object} [argsDescription]
	   * @return {(string|Command)}
	   */
	  description(str, argsDescription) {
	    if (str === undefined && argsDescription === undefined)
	      return this._description;
	    this._description = str;
	    if (argsDescription) {
	      this._argsDescription = argsDescription;
	    }
	    return this;
	  }

	  /**
	   * Set the summary. Used when listed as subcommand of parent.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */
	  summary(str) {
	    if (str === undefined) return this._summary;
	    this._summary = str;
	    return this;
	  }

	  /**
	   * Set an alias for the command.
	   *
	   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
	   *
	   * @param {string} [alias]
	   * @return {(string|Command)}
	   */

	  alias(alias) {
	    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

	    /** @type {Command} */
	    // eslint-disable-next-line @typescript-eslint/no-this-alias
	    let command = this;
	    if (
	      this.commands.length !== 0 &&
	      this.commands[this.commands.length - 1]._executableHandler
	    ) {
	      // assume adding alias for last added executable subcommand, rather than this
	      command = this.commands[this.commands.length - 1];
	    }

	    if (alias === command._name)
	      throw new Error("Command alias can't be the same as its name");
	    const matchingCommand = this.parent?._findCommand(alias);
	    if (matchingCommand) {
	      // c.f. _registerCommand
	      const existingCmd = [matchingCommand.name()]
	        .concat(matchingCommand.aliases())
	        .join('|');
	      throw new Error(
	        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
	      );
	    }

	    command._aliases.push(alias);
	    return this;
	  }

	  /**
	   * Set aliases for the command.
	   *
	   * Only the first alias is shown in the auto-generated help.
	   *
	   * @param {string[]} [aliases]
	   * @return {(string[]|Command)}
	   */

	  aliases(aliases) {
	    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
	    if (aliases === undefined) return this._aliases;

	    aliases.forEach((alias) => this.alias(alias));
	    return this;
	  }

	  /**
	   * Set / get the command usage `str`.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */

	  usage(str) {
	    if (str === undefined) {
	      if (this._usage) return this._usage;

	      const args = this.registeredArguments.map((arg) => {
	        return humanReadableArgName(arg);
	      });
	      return []
	        .concat(
	          this.options.length || this._helpOption !== null ? '[options]' : [],
	          this.commands.length ? '[command]' : [],
	          this.registeredArguments.length ? args : [],
	        )
	        .join(' ');
	    }

	    this._usage = str;
	    return this;
	  }

	  /**
	   * Get or set the name of the command.
	   *
	   * @param {string} [str]
	   * @return {(string|Command)}
	   */

	  name(str) {
	    if (str === undefined) return this._name;
	    this._name = str;
	    return this;
	  }

	  /**
	   * Set/get the help group heading for this subcommand in parent command's help.
	   *
	   * @param {string} [heading]
	   * @return {Command | string}
	   */

	  helpGroup(heading) {
	    if (heading === undefined) return this._helpGroupHeading ?? '';
	    this._helpGroupHeading = heading;
	    return this;
	  }

	  /**
	   * Set/get the default help group heading for subcommands added to this command.
	   * (This does not override a group set directly on the subcommand using .helpGroup().)
	   *
	   * @example
	   * program.commandsGroup('Development Commands:);
	   * program.command('watch')...
	   * program.command('lint')...
	   * ...
	   *
	   * @param {string} [heading]
	   * @returns {Command | string}
	   */
	  commandsGroup(heading) {
	    if (heading === undefined) return this._defaultCommandGroup ?? '';
	    this._defaultCommandGroup = heading;
	    return this;
	  }

	  /**
	   * Set/get the default help group heading for options added to this command.
	   * (This does not override a group set directly on the option using .helpGroup().)
	   *
	   * @example
	   * program
	   *   .optionsGroup('Development Options:')
	   *   .option('-d, --debug', 'output extra debugging')
	   *   .option('-p, --profile', 'output profiling information')
	   *
	   * @param {string} [heading]
	   * @returns {Command | string}
	   */
	  optionsGroup(heading) {
	    if (heading === undefined) return this._defaultOptionGroup ?? '';
	    this._defaultOptionGroup = heading;
	    return this;
	  }

	  /**
	   * @param {Option} option
	   * @private
	   */
	  _initOptionGroup(option) {
	    if (this._defaultOptionGroup && !option.helpGroupHeading)
	      option.helpGroup(this._defaultOptionGroup);
	  }

	  /**
	   * @param {Command} cmd
	   * @private
	   */
	  _initCommandGroup(cmd) {
	    if (this._defaultCommandGroup && !cmd.helpGroup())
	      cmd.helpGroup(this._defaultCommandGroup);
	  }

	  /**
	   * Set the name of the command from script filename, such as process.argv[1],
	   * or require.main.filename, or __filename.
	   *
	   * (Used internally and public although not documented in README.)
	   *
	   * @example
	   * program.nameFromFilename(require.main.filename);
	   *
	   * @param {string} filename
	   * @return {Command}
	   */

	  nameFromFilename(filename) {
	    this._name = path$1.basename(filename, path$1.extname(filename));

	    return this;
	  }

	  /**
	   * Get or set the directory for searching for executable subcommands of this command.
	   *
	   * @example
	   * program.executableDir(__dirname);
	   * // or
	   * program.executableDir('subcommands');
	   *
	   * @param {string} [path]
	   * @return {(string|null|Command)}
	   */

	  executableDir(path) {
	    if (path === undefined) return this._executableDir;
	    this._executableDir = path;
	    return this;
	  }

	  /**
	   * Return program help documentation.
	   *
	   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
	   * @return {string}
	   */

	  helpInformation(contextOptions) {
	    const helper = this.createHelp();
	    const context = this._getOutputContext(contextOptions);
	    helper.prepareContext({
	      error: context.error,
	      helpWidth: context.helpWidth,
	      outputHasColors: context.hasColors,
	    });
	    const text = helper.formatHelp(this, helper);
	    if (context.hasColors) return text;
	    return this._outputConfiguration.stripColor(text);
	  }

	  /**
	   * @typedef HelpContext
	   * @type {object}
	   * @property {boolean} error
	   * @property {number} helpWidth
	   * @property {boolean} hasColors
	   * @property {function} write - includes stripColor if needed
	   *
	   * @returns {HelpContext}
	   * @private
	   */

	  _getOutputContext(contextOptions) {
	    contextOptions = contextOptions || {};
	    const error = !!contextOptions.error;
	    let baseWrite;
	    let hasColors;
	    let helpWidth;
	    if (error) {
	      baseWrite = (str) => this._outputConfiguration.writeErr(str);
	      hasColors = this._outputConfiguration.getErrHasColors();
	      helpWidth = this._outputConfiguration.getErrHelpWidth();
	    } else {
	      baseWrite = (str) => this._outputConfiguration.writeOut(str);
	      hasColors = this._outputConfiguration.getOutHasColors();
	      helpWidth = this._outputConfiguration.getOutHelpWidth();
	    }
	    const write = (str) => {
	      if (!hasColors) str = this._outputConfiguration.stripColor(str);
	      return baseWrite(str);
	    };
	    return { error, write, hasColors, helpWidth };
	  }

	  /**
	   * Output help information for this command.
	   *
	   * Outputs built-in help, and custom text added using `.addHelpText()`.
	   *
	   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
	   */

	  outputHelp(contextOptions) {
	    let deprecatedCallback;
	    if (typeof contextOptions === 'function') {
	      deprecatedCallback = contextOptions;
	      contextOptions = undefined;
	    }

	    const outputContext = this._getOutputContext(contextOptions);
	    /** @type {HelpTextEventContext} */
	    const eventContext = {
	      error: outputContext.error,
	      write: outputContext.write,
	      command: this,
	    };

	    this._getCommandAndAncestors()
	      .reverse()
	      .forEach((command) => command.emit('beforeAllHelp', eventContext));
	    this.emit('beforeHelp', eventContext);

	    let helpInformation = this.helpInformation({ error: outputContext.error });
	    if (deprecatedCallback) {
	      helpInformation = deprecatedCallback(helpInformation);
	      if (
	        typeof helpInformation !== 'string' &&
	        !Buffer.isBuffer(helpInformation)
	      ) {
	        throw new Error('outputHelp callback must return a string or a Buffer');
	      }
	    }
	    outputContext.write(helpInformation);

	    if (this._getHelpOption()?.long) {
	      this.emit(this._getHelpOption().long); // deprecated
	    }
	    this.emit('afterHelp', eventContext);
	    this._getCommandAndAncestors().forEach((command) =>
	      command.emit('afterAllHelp', eventContext),
	    );
	  }

	  /**
	   * You can pass in flags and a description to customise the built-in help option.
	   * Pass in false to disable the built-in help option.
	   *
	   * @example
	   * program.helpOption('-?, --help' 'show help'); // customise
	   * program.helpOption(false); // disable
	   *
	   * @param {(string | boolean)} flags
	   * @param {string} [description]
	   * @return {Command} `this` command for chaining
	   */

	  helpOption(flags, description) {
	    // Support enabling/disabling built-in help option.
	    if (typeof flags === 'boolean') {
	      if (flags) {
	        if (this._helpOption === null) this._helpOption = undefined; // reenable
	        if (this._defaultOptionGroup) {
	          // make the option to store the group
	          this._initOptionGroup(this._getHelpOption());
	        }
	      } else {
	        this._helpOption = null; // disable
	      }
	      return this;
	    }

	    // Customise flags and description.
	    this._helpOption = this.createOption(
	      flags ?? '-h, --help',
	      description ?? 'display help for command',
	    );
	    // init group unless lazy create
	    if (flags || description) this._initOptionGroup(this._helpOption);

	    return this;
	  }

	  /**
	   * Lazy create help option.
	   * Returns null if has been disabled with .helpOption(false).
	   *
	   * @returns {(Option | null)} the help option
	   * @package
	   */
	  _getHelpOption() {
	    // Lazy create help option on demand.
	    if (this._helpOption === undefined) {
	      this.helpOption(undefined, undefined);
	    }
	    return this._helpOption;
	  }

	  /**
	   * Supply your own option to use for the built-in help option.
	   * This is an alternative to using helpOption() to customise the flags and description etc.
	   *
	   * @param {Option} option
	   * @return {Command} `this` command for chaining
	   */
	  addHelpOption(option) {
	    this._helpOption = option;
	    this._initOptionGroup(option);
	    return this;
	  }

	  /**
	   * Output help information and exit.
	   *
	   * Outputs built-in help, and custom text added using `.addHelpText()`.
	   *
	   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
	   */

	  help(contextOptions) {
	    this.outputHelp(contextOptions);
	    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
	    if (
	      exitCode === 0 &&
	      contextOptions &&
	      typeof contextOptions !== 'function' &&
	      contextOptions.error
	    ) {
	      exitCode = 1;
	    }
	    // message: do not have all displayed text available so only passing placeholder.
	    this._exit(exitCode, 'commander.help', '(outputHelp)');
	  }

	  /**
	   * // Do a little typing to coordinate emit and listener for the help text events.
	   * @typedef HelpTextEventContext
	   * @type {object}
	   * @property {boolean} error
	   * @property {Command} command
	   * @property {function} write
	   */

	  /**
	   * Add additional text to be displayed with the built-in help.
	   *
	   * Position is 'before' or 'after' to affect just this command,
	   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
	   *
	   * @param {string} position - before or after built-in help
	   * @param {(string | Function)} text - string to add, or a function returning a string
	   * @return {Command} `this` command for chaining
	   */

	  addHelpText(position, text) {
	    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
	    if (!allowedValues.includes(position)) {
	      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
	    }

	    const helpEvent = `${position}Help`;
	    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
	      let helpStr;
	      if (typeof text === 'function') {
	        helpStr = text({ error: context.error, command: context.command });
	      } else {
	        helpStr = text;
	      }
	      // Ignore falsy value when nothing to output.
	      if (helpStr) {
	        context.write(`${helpStr}\n`);
	      }
	    });
	    return this;
	  }

	  /**
	   * Output help information if help flags specified
	   *
	   * @param {Array} args - array of options to search for help flags
	   * @private
	   */

	  _outputHelpIfRequested(args) {
	    const helpOption = this._getHelpOption();
	    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
	    if (helpRequested) {
	      this.outputHelp();
	      // (Do not have all displayed text available so only passing placeholder.)
	      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
	    }
	  }
	}

	/**
	 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	 *
	 * @param {string[]} args - array of arguments from node.execArgv
	 * @returns {string[]}
	 * @private
	 */

	function incrementNodeInspectorPort(args) {
	  // Testing for these options:
	  //  --inspect[=[host:]port]
	  //  --inspect-brk[=[host:]port]
	  //  --inspect-port=[host:]port
	  return args.map((arg) => {
	    if (!arg.startsWith('--inspect')) {
	      return arg;
	    }
	    let debugOption;
	    let debugHost = '127.0.0.1';
	    let debugPort = '9229';
	    let match;
	    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
	      // e.g. --inspect
	      debugOption = match[1];
	    } else if (
	      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
	    ) {
	      debugOption = match[1];
	      if (/^\d+$/.test(match[3])) {
	        // e.g. --inspect=1234
	        debugPort = match[3];
	      } else {
	        // e.g. --inspect=localhost
	        debugHost = match[3];
	      }
	    } else if (
	      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
	    ) {
	      // e.g. --inspect=localhost:1234
	      debugOption = match[1];
	      debugHost = match[3];
	      debugPort = match[4];
	    }

	    if (debugOption && debugPort !== '0') {
	      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
	    }
	    return arg;
	  });
	}

	/**
	 * @returns {boolean | undefined}
	 * @package
	 */
	function useColor() {
	  // Test for common conventions.
	  // NB: the observed behaviour is in combination with how author adds color! For example:
	  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
	  //   - we do test NO_COLOR, but Chalk does not
	  //
	  // References:
	  // https://no-color.org
	  // https://bixense.com/clicolors/
	  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
	  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
	  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

	  if (
	    process.env.NO_COLOR ||
	    process.env.FORCE_COLOR === '0' ||
	    process.env.FORCE_COLOR === 'false'
	  )
	    return false;
	  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
	    return true;
	  return undefined;
	}

	command.Command = Command;
	command.useColor = useColor; // exporting for tests
	return command;
}

var hasRequiredCommander;

function requireCommander () {
	if (hasRequiredCommander) return commander$1;
	hasRequiredCommander = 1;
	const { Argument } = requireArgument();
	const { Command } = requireCommand();
	const { CommanderError, InvalidArgumentError } = requireError$1();
	const { Help } = requireHelp();
	const { Option } = requireOption();

	commander$1.program = new Command();

	commander$1.createCommand = (name) => new Command(name);
	commander$1.createOption = (flags, description) => new Option(flags, description);
	commander$1.createArgument = (name, description) => new Argument(name, description);

	/**
	 * Expose classes
	 */

	commander$1.Command = Command;
	commander$1.Option = Option;
	commander$1.Argument = Argument;
	commander$1.Help = Help;

	commander$1.CommanderError = CommanderError;
	commander$1.InvalidArgumentError = InvalidArgumentError;
	commander$1.InvalidOptionArgumentError = InvalidArgumentError; // Deprecated
	return commander$1;
}

var commanderExports = requireCommander();
var commander = /*@__PURE__*/getDefaultExportFromCjs(commanderExports);

// wrapper to provide named exports for ESM.
const {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError, // deprecated old name
  Command,
  Argument,
  Option,
  Help,
} = commander;

/** The built-in policy shipped in dist/policy: where it is and how it is read. */
/**
 * dist/policy/ beside the bundled entry points; run from sources (or compiled sources), the
 * nearest dist/policy/ up the tree.
 */
function builtInPolicyDir() {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [join(here, 'policy')];
    for (let dir = here; dirname(dir) !== dir; dir = dirname(dir))
        candidates.push(join(dir, 'dist', 'policy'));
    const found = candidates.find(dir => existsSync(join(dir, 'policy.wasm')));
    if (!found) {
        throw new GateError('POLICY_LOAD', `the built-in policy is missing (no policy.wasm in ${here}/policy or any dist/policy above it); run npm run build`);
    }
    return found;
}
async function readBuiltInPolicy() {
    const dir = builtInPolicyDir();
    const wasm = await readFile(join(dir, 'policy.wasm'));
    const dataFile = join(dir, 'data.json');
    const data = existsSync(dataFile)
        ? JSON.parse(await readFile(dataFile, 'utf8'))
        : {};
    return { name: 'built-in', wasm, data, builtIn: true };
}

/** Reading an `opa build -t wasm` bundle (bundle.tar.gz): its policy.wasm and data.json. */
const MAX_WASM_BYTES = 64 * 1024 * 1024;
const MAX_DATA_BYTES = 16 * 1024 * 1024;
/** Reads policy.wasm and data.json out of an `opa build -t wasm` bundle. */
async function readWasmBundle(file) {
    const files = new Map();
    // Only prebuilt bundles need tar and gzip: loaded here, not at start-up.
    const [{ extract }, { createGunzip }] = await Promise.all([
        import('./cli-index.js').then(function (n) { return n.i; }),
        import('node:zlib')
    ]);
    const entries = extract();
    const reading = (async () => {
        for await (const entry of entries) {
            const name = entry.header.name.replace(/^\.?\/+/, '');
            const limit = name === 'policy.wasm' ? MAX_WASM_BYTES : MAX_DATA_BYTES;
            if ((name === 'policy.wasm' || name === 'data.json') && entry.header.type === 'file') {
                if ((entry.header.size ?? 0) > limit) {
                    throw new GateError('FILE_TOO_LARGE', `${name} is over ${limit} bytes`, { file });
                }
                const chunks = [];
                for await (const chunk of entry)
                    chunks.push(chunk);
                files.set(name, Buffer.concat(chunks));
            }
            else {
                entry.resume();
            }
        }
    })();
    try {
        await Promise.all([pipeline(createReadStream(file), createGunzip(), entries), reading]);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('POLICY_LOAD', `not an OPA bundle (gzipped tar): ${error.message}`, { file });
    }
    const wasm = files.get('policy.wasm');
    if (!wasm) {
        throw new GateError('POLICY_LOAD', 'the bundle has no policy.wasm: build it with `opa build -t wasm` (or `update-gate policy build`)', {
            file
        });
    }
    let data = {};
    const dataJson = files.get('data.json');
    if (dataJson) {
        try {
            data = JSON.parse(dataJson.toString('utf8'));
        }
        catch {
            throw new GateError('PARSE_ERROR', 'data.json in the bundle is not valid JSON', { file });
        }
    }
    return { name: file, wasm, data };
}

/**
 * The opa subprocess, for the authoring tools only (`policy build`, `policy test`, a Rego
 * directory given as `--policy`): how it is run, and its failures turned into GateErrors once.
 */
const OPA_TIMEOUT_MS = 120_000;
const INSTALL_OPA = 'install opa v1.22.3 (in a workflow: open-policy-agent/setup-opa; elsewhere: go install github.com/open-policy-agent/opa@v1.22.3)';
const OPA_INSTALL_HINT = `${INSTALL_OPA}, or prebuild the policy with \`update-gate policy build <dir>\` and pass the bundle.tar.gz`;
function execOpa(args, timeout) {
    return new Promise((resolvePromise, reject) => {
        // env: this realm's process.env (a test runner may give the module its own copy).
        const options = { timeout, maxBuffer: 16 * 1024 * 1024, env: process.env };
        execFile('opa', args, options, (error, stdout, stderr) => {
            if (error)
                reject(Object.assign(error, { stdout, stderr }));
            else
                resolvePromise({ stdout, stderr, code: 0 });
        });
    });
}
/** Runs opa, turning a missing binary, a time-out or a refusal into a POLICY_BUILD GateError. */
async function runOpa(args, options) {
    const timeout = options.timeoutMs ?? OPA_TIMEOUT_MS;
    try {
        return await execOpa(args, timeout);
    }
    catch (error) {
        const failure = error;
        const where = { file: options.file };
        if (failure.code === 'ENOENT') {
            throw new GateError('POLICY_BUILD', `opa is not on PATH, so ${options.purpose ?? 'the Rego directory cannot be compiled'}: ${options.hint ?? OPA_INSTALL_HINT}`, where);
        }
        if (failure.killed) {
            throw new GateError('POLICY_BUILD', `opa ${args[0]} did not finish within ${timeout / 1000} s`, where);
        }
        const stdout = failure.stdout ?? '';
        const stderr = failure.stderr ?? '';
        if (typeof failure.code === 'number' && options.accept?.includes(failure.code)) {
            return { stdout, stderr, code: failure.code };
        }
        const detail = [stderr, stdout]
            .filter(Boolean)
            .join('\n')
            .trim()
            .split('\n')
            .slice(0, 40)
            .join('\n');
        const err = new GateError('POLICY_BUILD', `opa ${args[0]} refused the policy:\n${detail || failure.message}`, where);
        throw Object.assign(err, { stdout, stderr });
    }
}
/** The capabilities file the gate builds and tests against: what this host can run. */
function capabilitiesFile() {
    return join(builtInPolicyDir(), 'capabilities.json');
}
/** The opa build the gate uses: wasm target, the decision entrypoint, the host's capabilities. */
function opaBuildArgs(output, files) {
    return [
        'build',
        '--target',
        'wasm',
        '--entrypoint',
        DECISION_ENTRYPOINT,
        '--capabilities',
        capabilitiesFile(),
        '--output',
        output,
        ...files
    ];
}

/**
 * Where a policy comes from: the built-in one in dist/, a prebuilt OPA wasm bundle
 * (`bundle.tar.gz` from `opa build -t wasm`), a bare `.wasm` module, or a directory of `.rego`
 * files compiled at run time with the `opa` on PATH against this project's capabilities.
 */
/** The decision package: a directory that declares it replaces the built-in policy. */
const DECISION_PACKAGE = /^\s*package\s+update_gate\.decision\s*(#.*)?$/m;
/**
 * The .rego files of a directory, sorted. Only these go to opa: a JSON or YAML file beside them
 * (a data file, the copied schemas) would otherwise load as data.
 */
async function regoFiles(dir, options = {}) {
    let entries;
    try {
        entries = await readdir(dir, { recursive: true, withFileTypes: true });
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'not a readable directory of .rego files', { file: dir });
    }
    return entries
        .filter(e => e.isFile() && e.name.endsWith('.rego'))
        .filter(e => options.tests || !e.name.endsWith('_test.rego'))
        .map(e => join(e.parentPath, e.name))
        .sort();
}
/** The built-in policy's non-test sources, shipped in dist/policy/rego/ for extension. */
async function builtInRegoFiles() {
    const files = await regoFiles(join(builtInPolicyDir(), 'rego'));
    if (files.length === 0) {
        throw new GateError('POLICY_LOAD', 'the built-in Rego sources are missing from dist/policy/rego; run npm run build', { file: builtInPolicyDir() });
    }
    return files;
}
/** Whether a policy directory is a complete policy (it defines the decision package). */
async function replacesBuiltIn(dir) {
    for (const file of await regoFiles(dir)) {
        if (!file.endsWith('_test.rego') && DECISION_PACKAGE.test(await readFile(file, 'utf8')))
            return true;
    }
    return false;
}
/**
 * The .rego files a build (or, with tests, a test run) of these directories compiles: the
 * directories' own files, plus the built-in sources unless one of them defines
 * `update_gate.decision` (a replacement).
 */
async function policySources(dirs, options = {}) {
    const own = (await Promise.all(dirs.map(dir => regoFiles(dir, options)))).flat();
    if (own.filter(f => !f.endsWith('_test.rego')).length === 0) {
        throw new GateError('POLICY_BUILD', 'the policy directory holds no .rego file', {
            file: dirs.join(', ')
        });
    }
    const replaces = (await Promise.all(dirs.map(replacesBuiltIn))).some(Boolean);
    return { files: replaces ? own : [...(await builtInRegoFiles()), ...own], replaces };
}
/**
 * Compiles directories of Rego into a bundle. Extending (the default) compiles them together
 * with the built-in policy sources; a directory that defines `update_gate.decision` replaces them.
 */
async function buildRegoDirectory(dir, output) {
    const dirs = Array.isArray(dir) ? dir : [dir];
    const { files } = await policySources(dirs);
    await runOpa(opaBuildArgs(output, files), { file: dirs.join(', ') });
}
/**
 * `opa test` as `update-gate policy test` runs it: the directory's files and tests, the built-in
 * sources when extending, the seed fixtures, and the gate's capabilities.
 */
async function opaTestArgs(dir, extra = []) {
    const { files } = await policySources([dir], { tests: true });
    const fixtures = join(builtInPolicyDir(), 'testing', 'fixtures_test.rego');
    return ['test', '--capabilities', capabilitiesFile(), ...extra, ...files, fixtures];
}
/** Resolves the `--policy` / `policy` value to a loadable bundle. */
async function readPolicy(source) {
    if (source === undefined || source === '' || source === 'built-in')
        return readBuiltInPolicy();
    const path = resolve(source);
    let info;
    try {
        info = await stat(path);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', 'policy not found: expected a .rego directory, a bundle.tar.gz or a .wasm file', {
            file: source
        });
    }
    if (info.isDirectory()) {
        const work = await mkdtemp(join(tmpdir(), 'update-gate-policy-'));
        try {
            const bundle = join(work, 'bundle.tar.gz');
            await buildRegoDirectory(path, bundle);
            return { ...(await readWasmBundle(bundle)), name: source };
        }
        finally {
            await rm(work, { recursive: true, force: true });
        }
    }
    if (source.endsWith('.wasm')) {
        if (info.size > MAX_WASM_BYTES)
            throw new GateError('FILE_TOO_LARGE', `over ${MAX_WASM_BYTES} bytes`, { file: source });
        return { name: source, wasm: await readFile(path), data: {} };
    }
    return { ...(await readWasmBundle(path)), name: source };
}

const REPORT_VERSION = 'update-gate.dev/report/v1';

/**
 * Safe file access inside a root directory (security invariant 3): every path is relative to the
 * root, `..` and absolute paths are refused, and a symlink whose real path leaves the root is
 * refused. Documents are read with a size bound (invariant 4); artifacts are streamed by verify.
 */
const DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
const errnoCode = (error) => typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
/** Checks a package-relative path and returns it normalised to `/` separators. */
function checkRelativePath(rel, where) {
    const outside = (why) => new GateError('PATH_OUTSIDE_ROOT', `path '${clip(rel, 200)}' ${why}; paths are relative to the root`, where);
    if (rel.includes('\0'))
        throw outside('contains a NUL byte');
    if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw outside('is absolute');
    }
    const segments = rel.split(/[\\/]+/).filter(s => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw outside("contains '..'");
    if (segments.length === 0)
        throw outside('names no file');
    return segments.join('/');
}
/** Real path of a root directory; FILE_NOT_FOUND when it does not exist. */
async function realRoot(dir, where = { file: dir }) {
    try {
        return await realpath(dir);
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
            throw new GateError('FILE_NOT_FOUND', `directory '${dir}' does not exist`, where);
        }
        throw new GateError('FILE_UNREADABLE', `cannot read '${dir}': ${String(error)}`, where);
    }
}
const isInside = (root, real) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
/**
 * Resolves `rel` inside `root` (a real path). Returns the real path, or null when nothing exists
 * there (a dangling symlink counts as missing). PATH_OUTSIDE_ROOT when it leaves the root.
 */
async function resolveInside(root, rel, where) {
    const clean = checkRelativePath(rel, where);
    const joined = path.join(root, ...clean.split('/'));
    let real;
    try {
        real = await realpath(joined);
    }
    catch (error) {
        const code = errnoCode(error);
        // Missing, or a dangling symlink: nothing is read either way.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code === 'ELOOP') {
            throw new GateError('FILE_UNREADABLE', `path '${clip(rel, 200)}' is a symlink loop`, where);
        }
        throw new GateError('FILE_UNREADABLE', `cannot resolve '${clip(rel, 200)}': ${String(error)}`, where);
    }
    if (!isInside(root, real)) {
        throw new GateError('PATH_OUTSIDE_ROOT', `path '${clip(rel, 200)}' resolves (through a symlink) outside the root`, where);
    }
    return real;
}
/** What a file that is not a regular file is, for the error that refuses it. */
function notRegular(info) {
    if (info.isFile())
        return null;
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isDirectory())
        return 'a directory';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'a special file';
}
const refuse = (what, where) => new GateError('FILE_UNREADABLE', `is ${what}, not a regular file; only regular files are read`, where);
// Non-blocking, so that even a FIFO swapped in after the check cannot block the open; no link
// following for the same reason. (Neither flag exists on Windows, where FIFOs are no files.)
const OPEN_FLAGS = constants$1.O_RDONLY | (constants$1.O_NONBLOCK ?? 0) | (constants$1.O_NOFOLLOW ?? 0);
/**
 * Opens a regular file by its real path for reading. The type is checked (without following a
 * link) before the open, the open is non-blocking, and the type is checked again on the handle:
 * a FIFO, socket or device is refused (FILE_UNREADABLE naming the file), never opened so that it
 * could block or stream without end.
 */
async function openRegularFile(real, where) {
    let before;
    try {
        before = await lstat(real);
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
    const kind = notRegular(before);
    if (kind !== null)
        throw refuse(kind, where);
    let handle;
    try {
        handle = await open(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = errnoCode(error);
        if (code === 'ELOOP')
            throw refuse('a symbolic link', where);
        throw new GateError('FILE_UNREADABLE', `cannot open: ${code ?? String(error)}`, where);
    }
    try {
        const after = await handle.stat();
        const changed = notRegular(after);
        if (changed !== null)
            throw refuse(changed, where);
        if (after.ino !== before.ino || after.dev !== before.dev) {
            throw new GateError('FILE_UNREADABLE', 'changed while it was being opened', where);
        }
        return handle;
    }
    catch (error) {
        await handle.close();
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
}
/**
 * Reads a regular file by its real path, refusing it when larger than maxBytes. The size is
 * checked on the open handle and again while reading, so a growing file cannot bypass it.
 */
async function readBounded(real, maxBytes, where) {
    const handle = await openRegularFile(real, where);
    try {
        const info = await handle.stat();
        const tooLarge = () => new GateError('FILE_TOO_LARGE', `is larger than the limit of ${maxBytes} bytes for a document`, where);
        if (info.size > maxBytes)
            throw tooLarge();
        const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 1)));
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                if (total > maxBytes)
                    throw tooLarge();
                break;
            }
            const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
            if (bytesRead === 0)
                break;
            total += bytesRead;
        }
        if (total > maxBytes)
            throw tooLarge();
        return buffer.subarray(0, total);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_UNREADABLE', `cannot read: ${errnoCode(error) ?? String(error)}`, where);
    }
    finally {
        await handle.close();
    }
}
/** Resolves and reads a document inside root; null when the file does not exist. */
async function readInside(root, rel, maxBytes, where) {
    const clean = checkRelativePath(rel, where);
    const real = await resolveInside(root, clean, where);
    if (real === null)
        return null;
    const bytes = await readBounded(real, maxBytes, { ...where, file: clean });
    return { path: clean, bytes, sha256: sha256Hex(bytes) };
}
const sha256Hex = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Data files (`--data`, the Action's `data` input): merged into the policy's data document.
 * Under `update_gate` the gate reads two keys: `requirements`, which overrides the trust
 * configuration's requirements key by key, and `parameters.<team>`, a team package's settings.
 * Anything else under `update_gate` would shadow the policy's own packages, so it is refused.
 */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function validateDataFile(data, file) {
    if (!('update_gate' in data))
        return;
    const gate = data.update_gate;
    if (!isObject(gate)) {
        throw new GateError('SCHEMA_VIOLATION', 'update_gate must be an object', {
            file,
            field: 'update_gate'
        });
    }
    for (const key of Object.keys(gate)) {
        if (key !== 'requirements' && key !== 'parameters') {
            throw new GateError('SCHEMA_VIOLATION', 'under update_gate a data file may set only requirements and parameters.<team>', { file, field: `update_gate.${key}` });
        }
    }
    if ('requirements' in gate) {
        const requirements = gate.requirements;
        if (!isObject(requirements)) {
            throw new GateError('SCHEMA_VIOLATION', 'must be an object', {
                file,
                field: 'update_gate.requirements'
            });
        }
        // The bounds are trust.schema.json's (a derived schema: every key optional).
        validateOrThrow('requirements-override', requirements, file, 'update_gate.requirements');
    }
    if ('parameters' in gate) {
        const parameters = gate.parameters;
        if (!isObject(parameters) || !Object.values(parameters).every(isObject)) {
            throw new GateError('SCHEMA_VIOLATION', 'must map each team to an object', {
                file,
                field: 'update_gate.parameters'
            });
        }
    }
}
/** Deep merge: objects merge key by key, anything else (arrays included) is replaced. */
function merge(base, over) {
    if (!isObject(base) || !isObject(over))
        return over;
    const out = { ...base };
    for (const [key, value] of Object.entries(over))
        out[key] = merge(out[key], value);
    return out;
}
/** The data files in order, later ones winning. */
function mergeDataFiles(files) {
    return files.reduce((acc, data) => merge(acc, data), {});
}
/** Data files are the gate runner's, like the trust file: bounded, parsed like any evidence. */
async function readDataFile(path, file) {
    let real;
    try {
        real = await realRoot(path, { file });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND')
            throw new GateError('FILE_NOT_FOUND', 'data file does not exist; give an existing JSON or YAML file (or leave the data option out)', { file });
        throw error;
    }
    const bytes = await readBounded(real, 4 * 1024 * 1024, { file });
    const data = parseYaml(decodeUtf8(bytes, file), file);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new GateError('SCHEMA_VIOLATION', 'a data file must hold an object at its top level', {
            file
        });
    }
    if ('trust' in data) {
        throw new GateError('SCHEMA_VIOLATION', '`trust` is reserved for the trust configuration; use another top-level key', {
            file,
            field: 'trust'
        });
    }
    validateDataFile(data, file);
    return { data: data, sha256: sha256Hex(bytes) };
}

/**
 * The run-time side of policies: one interface, two runners. The built-in policy runs in
 * process; any other policy (a team's bundle, wasm or Rego directory) runs in a bounded worker
 * (time limit, memory limits). Authoring tools (opa, bundles) are in src/authoring, not here.
 */
/** The built-in policy, evaluated in process. */
class InProcessRunner {
    bundle;
    sha256;
    imports;
    policy;
    constructor(bundle, sha256, checked) {
        this.bundle = bundle;
        this.sha256 = sha256;
        this.policy = checked.instance;
        this.imports = checked.imports;
    }
    get name() {
        return this.bundle.name;
    }
    /** Sets the data document: the bundle's own data with the run's data over it. */
    setData(data) {
        this.policy.setData({ ...this.bundle.data, ...data });
    }
    /** Evaluates with the data last set (what `evaluate` does after setting it). */
    decide(input) {
        let resultSet;
        try {
            resultSet = this.policy.evaluate(input, DECISION_ENTRYPOINT);
        }
        catch (error) {
            throw new GateError('POLICY_EVAL', `policy evaluation failed: ${messageOf(error)}`, {
                file: this.name
            });
        }
        return checkOutput(this, resultSet);
    }
    async evaluate(data, input) {
        this.setData(data);
        return this.decide(input);
    }
    async close() { }
}
/**
 * Compiles the policy once and opens its runner: in process for the built-in policy, in a
 * worker (which receives the compiled module and checks it) for any other.
 */
async function openRunner(bundle, options = {}) {
    const sha256 = createHash('sha256').update(bundle.wasm).digest('hex');
    const module = compileModule(bundle.wasm, bundle.name);
    if (bundle.builtIn)
        return new InProcessRunner(bundle, sha256, instantiatePolicy(module, bundle.name));
    const { WorkerRunner } = await import('./cli-worker-runner.js');
    return WorkerRunner.open(bundle, sha256, module, options);
}

/**
 * Canonical identities: the names people type for approvers, signers, builders, risk acceptors
 * and producers, in evidence records, the index and the trust configuration. The load stage
 * canonicalises every one of them, so the policy compares canonical ids only and a spelling
 * variant (`Carol@supplier.example`, a trailing space, a decomposed `é`) names the same person.
 *
 * Canonical form: trimmed (Unicode white space at both ends), Unicode NFC, and an e-mail address
 * lower-cased whole (every major mail provider treats the local part case-insensitively; the
 * domain is case-insensitive anyway). Invisible and control characters (zero-width joiners and
 * spaces, bidirectional controls, soft hyphens, BOMs, control characters, white space other than
 * U+0020 inside the name, unpaired surrogates) cannot be canonicalised away honestly: they are
 * input errors naming the file and field. Certificate SANs and issuers, and values compared
 * exactly as they were signed (such as a SLSA builder id in signed provenance), are not names
 * that people type and are not changed.
 */
/** White space at either end, removed (U+FEFF is no white space: it is refused below). */
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
/** Characters a name may not contain: invisible, control, or white space other than U+0020. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{White_Space}/u;
/** `local@domain` with a host-name domain: no spaces, slashes or colons (a URL is no e-mail). */
const EMAIL = /^[^\s@/:]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;
const codePoint = (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
/** True when the canonical form of a name is an e-mail address (and so lower-cased). */
const isEmailAddress = (name) => EMAIL.test(name);
/**
 * The canonical form of a name (see above); SCHEMA_VIOLATION naming `where` for a name that
 * holds an invisible or control character, or is empty once trimmed.
 */
function canonicalIdentity(value, where) {
    const trimmed = value.replace(EDGE_SPACE, '');
    const hidden = HIDDEN.exec(trimmed);
    if (hidden) {
        throw new GateError('SCHEMA_VIOLATION', `contains an invisible or control character (${codePoint(hidden[0])} at position ${hidden.index}); ` +
            'a name must be visible text, as it is compared with other names', where);
    }
    if (trimmed === '')
        throw new GateError('SCHEMA_VIOLATION', 'is empty once trimmed', where);
    const nfc = trimmed.normalize('NFC');
    return isEmailAddress(nfc) ? nfc.toLowerCase().normalize('NFC') : nfc;
}

/** Normalises a record of any kind; the caller has validated `raw` against `kind`'s schema. */
const normaliseRecord = (kind, raw, file) => RECORD_NORMALISERS[kind](raw, file);
const t = (value, file, field) => normaliseTimestamp(value, { file, field });
/** A name (signer, approver): canonical, see identity.ts. */
const id = (value, file, field) => canonicalIdentity(value, { file, field });
const tn = (value, file, field) => normaliseOptionalTimestamp(value, { file, field });
const RECORD_NORMALISERS = {
    'signing-event': (r, file) => ({
        kind: 'SigningEvent',
        signer: id(r.signer, file, 'signer'),
        keyId: r.keyId,
        time: t(r.time, file, 'time'),
        subject: r.subject
    }),
    'release-approval': (r, file) => ({
        kind: 'ReleaseApproval',
        product: r.product,
        version: r.version,
        approvedArtifacts: r.approvedArtifacts.map(a => ({ name: a.name, sha256: a.sha256 })),
        approvals: r.approvals.map((a, i) => ({
            approver: id(a.approver, file, `approvals[${i}].approver`),
            role: a.role,
            decision: a.decision,
            time: t(a.time, file, `approvals[${i}].time`),
            reference: a.reference ?? null
        }))
    }),
    'rollback-recovery-tests': (r, file) => ({
        kind: 'RollbackRecoveryTests',
        product: r.product,
        fromVersion: r.fromVersion,
        toVersion: r.toVersion,
        rollbackConditions: [...r.rollbackConditions],
        results: r.results.map((x, i) => ({
            configuration: x.configuration,
            hardware: x.hardware,
            test: x.test,
            outcome: x.outcome,
            time: tn(x.time, file, `results[${i}].time`),
            reference: x.reference ?? null
        }))
    }),
    'affected-versions': (r) => ({
        kind: 'AffectedVersions',
        format: 'update-gate',
        product: r.product,
        vulnerabilities: r.vulnerabilities.map(v => ({
            id: v.id,
            record: v.record,
            ranges: v.ranges.map(g => ({ introduced: g.introduced, fixed: g.fixed ?? null })),
            fixedIn: v.fixedIn ?? null,
            remediation: v.remediation
        }))
    }),
    'customer-notification': (r) => ({
        kind: 'CustomerNotification',
        status: r.status,
        scope: {
            product: r.scope.product,
            cohorts: [...r.scope.cohorts],
            configurations: [...r.scope.configurations],
            vulnerabilities: [...r.scope.vulnerabilities]
        },
        audience: r.audience,
        text: r.text
    }),
    'deployment-records': (r, file) => ({
        kind: 'DeploymentRecords',
        records: r.records.map((d, i) => ({
            configuration: d.configuration,
            version: d.version,
            time: t(d.time, file, `records[${i}].time`),
            outcome: d.outcome,
            devices: d.devices,
            reference: d.reference ?? null
        })),
        retainedAt: r.retainedAt
    })
};

/**
 * Version schemes and `vers:` ranges (https://github.com/package-url/vers-spec).
 *
 * - `semver`: SemVer 2.0.0 precedence (the `semver` package; build metadata ignored).
 * - `generic`: the vers spec's `generic` scheme. The spec leaves its ordering open; update-gate
 *   orders a generic version by its segments, split at `.`, `-`, `_`, `+` and `~` and at every
 *   change between digits and letters: numeric segments compare as integers, other segments by
 *   code point, a numeric segment sorts after a non-numeric one, and a version that is a prefix
 *   of another sorts before it (2.4 < 2.4.1, 2.4 < 2.10). The same order is in
 *   policies/lib/lib.rego (lib.version_cmp), so key and identity version ranges in the policy
 *   agree with the ranges the readers evaluate.
 *
 * Ranges are bounded (MAX_VERS_CONSTRAINTS constraints, MAX_VERSION_LENGTH characters a
 * version); anything larger is an input error naming the file and field.
 */
const MAX_VERS_CONSTRAINTS = 1000;
const MAX_VERSION_LENGTH = 256;
const SEMVER$1 = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const GENERIC = /^[0-9A-Za-z][0-9A-Za-z.+~_-]*$/;
function isValidVersion(scheme, v) {
    if (v.length === 0 || v.length > MAX_VERSION_LENGTH)
        return false;
    return scheme === 'semver' ? SEMVER$1.test(v) : GENERIC.test(v);
}
/** Segments of a generic version (see the module comment). */
function genericSegments(v) {
    return v.split(/[.\-_+~]/).flatMap(part => part.match(/\d+|\D+/g) ?? []);
}
function compareSegment(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn) {
        const x = BigInt(a);
        const y = BigInt(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (an !== bn)
        return an ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareGeneric(a, b) {
    const sa = genericSegments(a);
    const sb = genericSegments(b);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
        const c = compareSegment(sa[i], sb[i]);
        if (c !== 0)
            return c;
    }
    return Math.sign(sa.length - sb.length);
}
/** -1, 0 or 1; throws (plain Error) on a version that is not valid in the scheme. */
function compareVersions(scheme, a, b) {
    if (!isValidVersion(scheme, a) || !isValidVersion(scheme, b)) {
        throw new Error(`not a valid ${scheme} version: ${isValidVersion(scheme, a) ? b : a}`);
    }
    return scheme === 'semver' ? new SemVer(a).compare(new SemVer(b)) : compareGeneric(a, b);
}
const where = (file, field) => ({ file, field });
/** Parses `vers:<scheme>/<constraint>|<constraint>…` per the vers spec. */
function parseVers(text, file, field) {
    const m = /^vers:([a-z0-9.+-]+)\/(.*)$/i.exec(text.replace(/\s+/g, ''));
    if (!m) {
        throw new GateError('SCHEMA_VIOLATION', `must be a vers range (vers:<scheme>/<constraints>), got ${JSON.stringify(text.slice(0, 100))}`, where(file, field));
    }
    const scheme = m[1].toLowerCase();
    const body = m[2];
    if (body === '*')
        return { text, scheme, any: true, constraints: [] };
    const parts = body.split('|');
    if (parts.length > MAX_VERS_CONSTRAINTS) {
        throw new GateError('LIMIT_EXCEEDED', `has ${parts.length} constraints; at most ${MAX_VERS_CONSTRAINTS} are read`, where(file, field));
    }
    const constraints = parts.map(part => {
        const c = /^(!=|<=|>=|<|>|=)?(.+)$/.exec(part);
        const version = c?.[2] ?? '';
        if (!c || version.length > MAX_VERSION_LENGTH || /[<>=!|*]/.test(version)) {
            throw new GateError('SCHEMA_VIOLATION', `has an invalid vers constraint ${JSON.stringify(part.slice(0, 100))}`, where(file, field));
        }
        return { comparator: (c[1] ?? '='), version: decodeURIComponent(version) };
    });
    return { text, scheme, any: false, constraints };
}
/**
 * Whether `version` is in the range, by the vers spec's containment algorithm: an equal `=`
 * constraint contains it, an equal `!=` excludes it; the remaining constraints, sorted by
 * version, form intervals: a first `<`/`<=`, a last `>`/`>=`, and each `>`/`>=` followed by a
 * `<`/`<=`. Throws (plain Error) on a version invalid in the scheme.
 */
function versContains(range, version, scheme) {
    if (range.any)
        return true;
    const cmp = (a, b) => compareVersions(scheme, a, b);
    for (const c of range.constraints) {
        if (c.comparator === '=' && cmp(version, c.version) === 0)
            return true;
        if (c.comparator === '!=' && cmp(version, c.version) === 0)
            return false;
    }
    const rest = range.constraints
        .filter(c => c.comparator !== '=' && c.comparator !== '!=')
        .sort((a, b) => cmp(a.version, b.version));
    const satisfies = (c) => {
        const d = cmp(version, c.version);
        switch (c.comparator) {
            case '<':
                return d < 0;
            case '<=':
                return d <= 0;
            case '>':
                return d > 0;
            case '>=':
                return d >= 0;
            default:
                return false;
        }
    };
    if (rest.length === 0) {
        // Only != constraints: every other version is in the range.
        return range.constraints.length > 0 && range.constraints.every(c => c.comparator === '!=');
    }
    const first = rest[0];
    const last = rest[rest.length - 1];
    if ((first.comparator === '<' || first.comparator === '<=') && satisfies(first))
        return true;
    if ((last.comparator === '>' || last.comparator === '>=') && satisfies(last))
        return true;
    for (let i = 0; i + 1 < rest.length; i++) {
        const lo = rest[i];
        const hi = rest[i + 1];
        if ((lo.comparator === '>' || lo.comparator === '>=') &&
            (hi.comparator === '<' || hi.comparator === '<=') &&
            satisfies(lo) &&
            satisfies(hi))
            return true;
    }
    return false;
}

/** Most statements (product entries times vulnerabilities) one document may expand to. */
const MAX_STATEMENTS = 100_000;
/** Most product-tree nodes (CSAF branches, full product names, relationships) read. */
const MAX_PRODUCT_NODES = 10_000;
const FORMAT_NAME = {
    csaf: 'CSAF 2.0',
    openvex: 'OpenVEX 0.2',
    osv: 'OSV 1.x',
    'cyclonedx-vex': 'CycloneDX VEX'
};
function readJsonDocument(bytes, file) {
    // parseJson refuses nesting deeper than MAX_NESTING_DEPTH (64) before parsing.
    return parseJson(decodeUtf8(bytes, file), file);
}
let modern;
let draft07;
const load = async (which) => {
    const mod = which === '2020'
        ? await import('./cli-vex-validators-2020.js').then(function (n) { return n.v; })
        : await import('./cli-vex-validators-07.js').then(function (n) { return n.v; });
    return (mod.default ?? mod);
};
async function validatorFor(format, data) {
    if (format !== 'cyclonedx-vex') {
        modern ??= load('2020');
        return (await modern)[format];
    }
    draft07 ??= load('07');
    const spec = data?.specVersion;
    const name = `cyclonedx_${String(spec).replace('.', '_')}`;
    const v = (await draft07)[name];
    if (!v) {
        throw new GateError('SCHEMA_VIOLATION', `CycloneDX specVersion must be 1.4, 1.5 or 1.6, got ${JSON.stringify(spec)}`, { file: '', field: '/specVersion' });
    }
    return v;
}
function describe(e) {
    const p = e.params;
    if (e.keyword === 'required')
        return { pointer: `${e.instancePath}/${String(p.missingProperty)}`, message: 'is required' };
    if (e.keyword === 'additionalProperties')
        return {
            pointer: `${e.instancePath}/${String(p.additionalProperty)}`,
            message: 'is not allowed here'
        };
    if (e.keyword === 'enum')
        return {
            pointer: e.instancePath,
            message: `must be one of ${p.allowedValues.map(v => JSON.stringify(v)).join(', ')}`
        };
    return { pointer: e.instancePath, message: e.message ?? `fails ${e.keyword}` };
}
/** Validates against the format's published schema; SCHEMA_VIOLATION names format, file, pointer. */
async function validateVex(format, data, file) {
    let validate;
    try {
        validate = await validatorFor(format, data);
    }
    catch (error) {
        if (error instanceof GateError)
            throw new GateError(error.code, `is not a valid ${FORMAT_NAME[format]} document: ${error.message}`, {
                file,
                field: error.field
            });
        throw error;
    }
    if (validate(data))
        return;
    const errors = validate.errors ?? [];
    const first = errors[0];
    let d = first ? describe(first) : { pointer: '', message: 'does not match the schema' };
    // An error inside one alternative of oneOf/anyOf says little: name the choice instead.
    const choice = errors.find(e => (e.keyword === 'oneOf' || e.keyword === 'anyOf') &&
        first?.instancePath.startsWith(e.instancePath));
    if (choice && first !== choice)
        d = {
            pointer: choice.instancePath,
            message: `matches none of the forms the schema allows (first: ${d.pointer} ${d.message})`
        };
    throw new GateError('SCHEMA_VIOLATION', `is not a valid ${FORMAT_NAME[format]} document (published schema): ${d.pointer || '/'} ${d.message}`, { file, field: d.pointer || '/' });
}
/** JSON pointer segment escaping (RFC 6901). */
const ptr = (...segments) => segments.map(s => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

var error;
var hasRequiredError;

function requireError () {
	if (hasRequiredError) return error;
	hasRequiredError = 1;

	function formatPurlErrorMessage(message = '') {
	    const { length } = message;
	    let formatted = '';
	    if (length) {
	        // Lower case start of message.
	        const code0 = message.charCodeAt(0);
	        formatted =
	            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
	                ? `${message[0].toLowerCase()}${message.slice(1)}`
	                : message;
	        // Remove period from end of message.
	        if (
	            length > 1 &&
	            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
	            message.charCodeAt(length - 2) !== 46
	        ) {
	            formatted = formatted.slice(0, -1);
	        }
	    }
	    return `Invalid purl: ${formatted}`
	}

	class PurlError extends Error {
	    constructor(message) {
	        super(formatPurlErrorMessage(message));
	    }
	}

	error = {
	    formatPurlErrorMessage,
	    PurlError
	};
	return error;
}

var decode;
var hasRequiredDecode;

function requireDecode () {
	if (hasRequiredDecode) return decode;
	hasRequiredDecode = 1;

	const { PurlError } = requireError();

	const { decodeURIComponent } = globalThis;

	function decodePurlComponent(comp, encodedURIComponent) {
	    try {
	        return decodeURIComponent(encodedURIComponent)
	    } catch {}
	    throw new PurlError(`unable to decode "${comp}" component`)
	}

	decode = {
	    decodePurlComponent
	};
	return decode;
}

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const LOOP_SENTINEL = 1_000_000;

	const REUSED_SEARCH_PARAMS = new URLSearchParams();

	const REUSED_SEARCH_PARAMS_KEY = '_';

	const REUSED_SEARCH_PARAMS_OFFSET = 2; // '_='.length

	constants = {
	    LOOP_SENTINEL,
	    REUSED_SEARCH_PARAMS,
	    REUSED_SEARCH_PARAMS_KEY,
	    REUSED_SEARCH_PARAMS_OFFSET
	};
	return constants;
}

var objects;
var hasRequiredObjects;

function requireObjects () {
	if (hasRequiredObjects) return objects;
	hasRequiredObjects = 1;

	const { LOOP_SENTINEL } = requireConstants();

	function isObject(value) {
	    return value !== null && typeof value === 'object'
	}

	function recursiveFreeze(value_) {
	    if (
	        value_ === null ||
	        !(typeof value_ === 'object' || typeof value_ === 'function') ||
	        Object.isFrozen(value_)
	    ) {
	        return value_
	    }
	    const queue = [value_];
	    let { length: queueLength } = queue;
	    let pos = 0;
	    while (pos < queueLength) {
	        if (pos === LOOP_SENTINEL) {
	            throw new Error(
	                'Detected infinite loop in object crawl of recursiveFreeze'
	            )
	        }
	        const obj = queue[pos++];
	        Object.freeze(obj);
	        if (Array.isArray(obj)) {
	            for (let i = 0, { length } = obj; i < length; i += 1) {
	                const item = obj[i];
	                if (
	                    item !== null &&
	                    (typeof item === 'object' || typeof item === 'function') &&
	                    !Object.isFrozen(item)
	                ) {
	                    queue[queueLength++] = item;
	                }
	            }
	        } else {
	            const keys = Reflect.ownKeys(obj);
	            for (let i = 0, { length } = keys; i < length; i += 1) {
	                const propValue = obj[keys[i]];
	                if (
	                    propValue !== null &&
	                    (typeof propValue === 'object' ||
	                        typeof propValue === 'function') &&
	                    !Object.isFrozen(propValue)
	                ) {
	                    queue[queueLength++] = propValue;
	                }
	            }
	        }
	    }
	    return value_
	}

	objects = {
	    isObject,
	    recursiveFreeze
	};
	return objects;
}

var strings;
var hasRequiredStrings;

function requireStrings () {
	if (hasRequiredStrings) return strings;
	hasRequiredStrings = 1;

	// Intl.Collator is faster than String#localeCompare
	// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
	// > When comparing large numbers of strings, such as in sorting large arrays,
	// > it is better to create an Intl.Collator object and use the function provided
	// > by its compare() method.
	const { compare: localeCompare } = new Intl.Collator();

	// This regexp is valid as of 2024-08-01.
	// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
	const regexSemverNumberedGroups =
	    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

	function isBlank(str) {
	    for (let i = 0, { length } = str; i < length; i += 1) {
	        const code = str.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                // Whitespace characters according to ECMAScript spec:
	                // https://tc39.es/ecma262/#sec-white-space
	                (
	                    code === 0x0020 || // Space
	                    code === 0x0009 || // Tab
	                    code === 0x000a || // Line Feed
	                    code === 0x000b || // Vertical Tab
	                    code === 0x000c || // Form Feed
	                    code === 0x000d || // Carriage Return
	                    code === 0x00a0 || // No-Break Space
	                    code === 0x1680 || // Ogham Space Mark
	                    code === 0x2000 || // En Quad
	                    code === 0x2001 || // Em Quad
	                    code === 0x2002 || // En Space
	                    code === 0x2003 || // Em Space
	                    code === 0x2004 || // Three-Per-Em Space
	                    code === 0x2005 || // Four-Per-Em Space
	                    code === 0x2006 || // Six-Per-Em Space
	                    code === 0x2007 || // Figure Space
	                    code === 0x2008 || // Punctuation Space
	                    code === 0x2009 || // Thin Space
	                    code === 0x200a || // Hair Space
	                    code === 0x2028 || // Line Separator
	                    code === 0x2029 || // Paragraph Separator
	                    code === 0x202f || // Narrow No-Break Space
	                    code === 0x205f || // Medium Mathematical Space
	                    code === 0x3000 || // Ideographic Space
	                    code === 0xfeff    // Byte Order Mark
	                )
	            )
	        ) {
	            return false
	        }
	    }
	    return true
	}

	function isNonEmptyString(value) {
	    return typeof value === 'string' && value.length > 0
	}

	function isSemverString(value) {
	    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
	}

	function lowerName(purl) {
	    purl.name = purl.name.toLowerCase();
	}

	function lowerNamespace(purl) {
	    const { namespace } = purl;
	    if (typeof namespace === 'string') {
	        purl.namespace = namespace.toLowerCase();
	    }
	}

	function lowerVersion(purl) {
	    const { version } = purl;
	    if (typeof version === 'string') {
	        purl.version = version.toLowerCase();
	    }
	}

	function replaceDashesWithUnderscores(str) {
	    // Replace all "-" with "_"
	    let result = '';
	    let fromIndex = 0;
	    let index = 0;
	    while ((index = str.indexOf('-', fromIndex)) !== -1) {
	        result = result + str.slice(fromIndex, index) + '_';
	        fromIndex = index + 1;
	    }
	    return fromIndex ? result + str.slice(fromIndex) : str
	}

	function replaceUnderscoresWithDashes(str) {
	    // Replace all "_" with "-"
	    let result = '';
	    let fromIndex = 0;
	    let index = 0;
	    while ((index = str.indexOf('_', fromIndex)) !== -1) {
	        result = result + str.slice(fromIndex, index) + '-';
	        fromIndex = index + 1;
	    }
	    return fromIndex ? result + str.slice(fromIndex) : str
	}

	function trimLeadingSlashes(str) {
	    let start = 0;
	    while (str.charCodeAt(start) === 47 /*'/'*/) {
	        start += 1;
	    }
	    return start === 0 ? str : str.slice(start)
	}

	strings = {
	    isBlank,
	    isNonEmptyString,
	    isSemverString,
	    localeCompare,
	    lowerName,
	    lowerNamespace,
	    lowerVersion,
	    replaceDashesWithUnderscores,
	    replaceUnderscoresWithDashes,
	    trimLeadingSlashes
	};
	return strings;
}

var encode;
var hasRequiredEncode;

function requireEncode () {
	if (hasRequiredEncode) return encode;
	hasRequiredEncode = 1;

	const {
	    REUSED_SEARCH_PARAMS,
	    REUSED_SEARCH_PARAMS_KEY,
	    REUSED_SEARCH_PARAMS_OFFSET
	} = requireConstants();
	const { isObject } = requireObjects();
	const { isNonEmptyString } = requireStrings();

	const { encodeURIComponent } = globalThis;

	function encodeNamespace(namespace) {
	    return isNonEmptyString(namespace)
	        ? encodeURIComponent(namespace)
	              .replace(/%3A/g, ':')
	              .replace(/%2F/g, '/')
	        : ''
	}

	function encodeQualifierParam(param) {
	    if (isNonEmptyString(param)) {
	        // Param key and value are encoded with `percentEncodeSet` of
	        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
	        // https://url.spec.whatwg.org/#urlencoded-serializing
	        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param);
	        return replacePlusSignWithPercentEncodedSpace(
	            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
	        )
	    }
	    return ''
	}

	function encodeQualifiers(qualifiers) {
	    if (isObject(qualifiers)) {
	        // Sort this list of qualifier strings lexicographically.
	        const qualifiersKeys = Object.keys(qualifiers).sort();
	        const searchParams = new URLSearchParams();
	        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
	            const key = qualifiersKeys[i];
	            searchParams.set(key, qualifiers[key]);
	        }
	        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
	    }
	    return ''
	}

	function encodeSubpath(subpath) {
	    return isNonEmptyString(subpath)
	        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
	        : ''
	}

	function encodeVersion(version) {
	    return isNonEmptyString(version)
	        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
	        : ''
	}

	function replacePlusSignWithPercentEncodedSpace(str) {
	    // Convert plus signs to %20 for better portability.
	    return str.replace(/\+/g, '%20')
	}

	encode = {
	    encodeNamespace,
	    encodeVersion,
	    encodeQualifiers,
	    encodeQualifierParam,
	    encodeSubpath,
	    encodeURIComponent
	};
	return encode;
}

var helpers;
var hasRequiredHelpers;

function requireHelpers () {
	if (hasRequiredHelpers) return helpers;
	hasRequiredHelpers = 1;

	function createHelpersNamespaceObject(helpers, options_ = {}) {
	    const { comparator, ...defaults } = { __proto__: null, ...options_ };
	    const helperNames = Object.keys(helpers).sort();
	    const propNames = [
	        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
	    ].sort(comparator);
	    const nsObject = Object.create(null);
	    for (let i = 0, { length } = propNames; i < length; i += 1) {
	        const propName = propNames[i];
	        const helpersForProp = Object.create(null);
	        for (
	            let j = 0, { length: length_j } = helperNames;
	            j < length_j;
	            j += 1
	        ) {
	            const helperName = helperNames[j];
	            const helperValue =
	                helpers[helperName][propName] ?? defaults[helperName];
	            if (helperValue !== undefined) {
	                helpersForProp[helperName] = helperValue;
	            }
	        }
	        nsObject[propName] = helpersForProp;
	    }
	    return nsObject
	}

	helpers = {
	    createHelpersNamespaceObject
	};
	return helpers;
}

var normalize;
var hasRequiredNormalize;

function requireNormalize () {
	if (hasRequiredNormalize) return normalize;
	hasRequiredNormalize = 1;

	const { isObject } = requireObjects();
	const { isBlank } = requireStrings();

	function normalizeName(rawName) {
	    return typeof rawName === 'string' ? rawName.trim() : undefined
	}

	function normalizeNamespace(rawNamespace) {
	    return typeof rawNamespace === 'string'
	        ? normalizePath(rawNamespace)
	        : undefined
	}

	function normalizePath(pathname, callback) {
	    let collapsed = '';
	    let start = 0;
	    // Leading and trailing slashes, i.e. '/', are not significant and should be
	    // stripped in the canonical form.
	    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
	        start += 1;
	    }
	    let nextIndex = pathname.indexOf('/', start);
	    if (nextIndex === -1) {
	        return pathname.slice(start)
	    }
	    // Discard any empty string segments by collapsing repeated segment
	    // separator slashes, i.e. '/'.
	    while (nextIndex !== -1) {
	        const segment = pathname.slice(start, nextIndex);
	        if (callback === undefined || callback(segment)) {
	            collapsed =
	                collapsed + (collapsed.length === 0 ? '' : '/') + segment;
	        }
	        start = nextIndex + 1;
	        while (pathname.charCodeAt(start) === 47) {
	            start += 1;
	        }
	        nextIndex = pathname.indexOf('/', start);
	    }
	    const lastSegment = pathname.slice(start);
	    if (
	        lastSegment.length !== 0 &&
	        (callback === undefined || callback(lastSegment))
	    ) {
	        collapsed = collapsed + '/' + lastSegment;
	    }
	    return collapsed
	}

	function normalizeQualifiers(rawQualifiers) {
	    let qualifiers;
	    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
	        const strValue = typeof value === 'string' ? value : String(value);
	        const trimmed = strValue.trim();
	        // A key=value pair with an empty value is the same as no key/value
	        // at all for this key.
	        if (trimmed.length === 0) {
	            continue
	        }
	        if (qualifiers === undefined) {
	            qualifiers = { __proto__: null };
	        }
	        // A key is case insensitive. The canonical form is lowercase.
	        qualifiers[key.toLowerCase()] = trimmed;
	    }
	    return qualifiers
	}

	function normalizeSubpath(rawSubpath) {
	    return typeof rawSubpath === 'string'
	        ? normalizePath(rawSubpath, subpathFilter)
	        : undefined
	}

	function normalizeType(rawType) {
	    // The type must NOT be percent-encoded.
	    // The type is case insensitive. The canonical form is lowercase.
	    return typeof rawType === 'string'
	        ? rawType.trim().toLowerCase()
	        : undefined
	}

	function normalizeVersion(rawVersion) {
	    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
	}

	function qualifiersToEntries(rawQualifiers) {
	    if (isObject(rawQualifiers)) {
	        return rawQualifiers instanceof URLSearchParams
	            ? rawQualifiers.entries()
	            : Object.entries(rawQualifiers)
	    }
	    return typeof rawQualifiers === 'string'
	        ? new URLSearchParams(rawQualifiers).entries()
	        : Object.entries({})
	}

	function subpathFilter(segment) {
	    // When percent-decoded, a segment
	    //   - must not be any of '.' or '..'
	    //   - must not be empty
	    const { length } = segment;
	    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
	    if (
	        length === 2 &&
	        segment.charCodeAt(0) === 46 &&
	        segment.charCodeAt(1) === 46
	    ) {
	        return false
	    }
	    return !isBlank(segment)
	}

	normalize = {
	    normalizeName,
	    normalizeNamespace,
	    normalizePath,
	    normalizeQualifiers,
	    normalizeSubpath,
	    normalizeType,
	    normalizeVersion
	};
	return normalize;
}

var lang;
var hasRequiredLang;

function requireLang () {
	if (hasRequiredLang) return lang;
	hasRequiredLang = 1;

	function isNullishOrEmptyString(value) {
	    return (
	        value === null ||
	        value === undefined ||
	        (typeof value === 'string' && value.length === 0)
	    )
	}

	lang = {
	    isNullishOrEmptyString
	};
	return lang;
}

var validate;
var hasRequiredValidate;

function requireValidate () {
	if (hasRequiredValidate) return validate;
	hasRequiredValidate = 1;

	const { PurlError } = requireError();
	const { isNullishOrEmptyString } = requireLang();
	const { isNonEmptyString } = requireStrings();

	function validateEmptyByType(type, name, value, throws) {
	    if (!isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`${type} "${name}" component must be empty`)
	        }
	        return false
	    }
	    return true
	}

	function validateName(name, throws) {
	    return (
	        validateRequired('name', name, throws) &&
	        validateStrings('name', name, throws)
	    )
	}

	function validateNamespace(namespace, throws) {
	    return validateStrings('namespace', namespace, throws)
	}

	function validateQualifiers(qualifiers, throws) {
	    if (qualifiers === null || qualifiers === undefined) {
	        return true
	    }
	    if (typeof qualifiers !== 'object') {
	        if (throws) {
	            throw new PurlError('"qualifiers" must be an object')
	        }
	        return false
	    }
	    const keysIterable =
	        // URL searchParams have an "keys" method that returns an iterator.
	        typeof qualifiers.keys === 'function'
	            ? qualifiers.keys()
	            : Object.keys(qualifiers);
	    for (const key of keysIterable) {
	        if (!validateQualifierKey(key, throws)) {
	            return false
	        }
	    }
	    return true
	}

	function validateQualifierKey(key, throws) {
	    // A key cannot start with a number.
	    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
	        return false
	    }
	    // The key must be composed only of ASCII letters and numbers,
	    // '.', '-' and '_' (period, dash and underscore).
	    for (let i = 0, { length } = key; i < length; i += 1) {
	        const code = key.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                (
	                    (code >= 48 && code <= 57)  || // 0-9
	                    (code >= 65 && code <= 90)  || // A-Z
	                    (code >= 97 && code <= 122) || // a-z
	                    code === 46 || // .
	                    code === 45 || // -
	                    code === 95    // _
	                )
	            )
	        ) {
	            if (throws) {
	                throw new PurlError(
	                    `qualifier "${key}" contains an illegal character`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateRequired(name, value, throws) {
	    if (isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`"${name}" is a required component`)
	        }
	        return false
	    }
	    return true
	}

	function validateRequiredByType(type, name, value, throws) {
	    if (isNullishOrEmptyString(value)) {
	        if (throws) {
	            throw new PurlError(`${type} requires a "${name}" component`)
	        }
	        return false
	    }
	    return true
	}

	function validateStartsWithoutNumber(name, value, throws) {
	    if (isNonEmptyString(value)) {
	        const code = value.charCodeAt(0);
	        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
	            if (throws) {
	                throw new PurlError(
	                    `${name} "${value}" cannot start with a number`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateStrings(name, value, throws) {
	    if (value === null || value === undefined || typeof value === 'string') {
	        return true
	    }
	    if (throws) {
	        throw new PurlError(`"'${name}" must be a string`)
	    }
	    return false
	}

	function validateSubpath(subpath, throws) {
	    return validateStrings('subpath', subpath, throws)
	}

	function validateType(type, throws) {
	    // The type cannot be nullish, an empty string, or start with a number.
	    if (
	        !validateRequired('type', type, throws) ||
	        !validateStrings('type', type, throws) ||
	        !validateStartsWithoutNumber('type', type, throws)
	    ) {
	        return false
	    }
	    // The package type is composed only of ASCII letters and numbers,
	    // '.', '+' and '-' (period, plus, and dash)
	    for (let i = 0, { length } = type; i < length; i += 1) {
	        const code = type.charCodeAt(i);
	        // prettier-ignore
	        if (
	            !(
	                (
	                    (code >= 48 && code <= 57)  || // 0-9
	                    (code >= 65 && code <= 90)  || // A-Z
	                    (code >= 97 && code <= 122) || // a-z
	                    code === 46 || // .
	                    code === 43 || // +
	                    code === 45    // -
	                )
	            )
	        ) {
	            if (throws) {
	                throw new PurlError(
	                    `type "${type}" contains an illegal character`
	                )
	            }
	            return false
	        }
	    }
	    return true
	}

	function validateVersion(version, throws) {
	    return validateStrings('version', version, throws)
	}

	validate = {
	    validateEmptyByType,
	    validateName,
	    validateNamespace,
	    validateQualifiers,
	    validateQualifierKey,
	    validateRequired,
	    validateRequiredByType,
	    validateStartsWithoutNumber,
	    validateStrings,
	    validateSubpath,
	    validateType,
	    validateVersion
	};
	return validate;
}

var purlComponent;
var hasRequiredPurlComponent;

function requirePurlComponent () {
	if (hasRequiredPurlComponent) return purlComponent;
	hasRequiredPurlComponent = 1;

	const {
	    encodeNamespace,
	    encodeVersion,
	    encodeQualifiers,
	    encodeQualifierParam,
	    encodeSubpath,
	    encodeURIComponent
	} = requireEncode();

	const { createHelpersNamespaceObject } = requireHelpers();

	const {
	    normalizeType,
	    normalizeNamespace,
	    normalizeName,
	    normalizeVersion,
	    normalizeQualifiers,
	    normalizeSubpath
	} = requireNormalize();

	const { localeCompare, isNonEmptyString } = requireStrings();

	const {
	    validateType,
	    validateNamespace,
	    validateName,
	    validateVersion,
	    validateQualifiers,
	    validateQualifierKey,
	    validateSubpath
	} = requireValidate();

	const PurlComponentEncoder = (comp) =>
	    isNonEmptyString(comp) ? encodeURIComponent(comp) : '';

	const PurlComponentStringNormalizer = (comp) =>
	    typeof comp === 'string' ? comp : undefined;

	const PurlComponentValidator = (_comp, _throws) => true;

	const componentSortOrderLookup = {
	    __proto__: null,
	    type: 0,
	    namespace: 1,
	    name: 2,
	    version: 3,
	    qualifiers: 4,
	    qualifierKey: 5,
	    qualifierValue: 6,
	    subpath: 7
	};

	function componentSortOrder(comp) {
	    return componentSortOrderLookup[comp] ?? comp
	}

	function componentComparator(compA, compB) {
	    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
	}

	purlComponent = {
	    // Rules for each purl component:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
	    PurlComponent: createHelpersNamespaceObject(
	        {
	            encode: {
	                namespace: encodeNamespace,
	                version: encodeVersion,
	                qualifiers: encodeQualifiers,
	                qualifierKey: encodeQualifierParam,
	                qualifierValue: encodeQualifierParam,
	                subpath: encodeSubpath
	            },
	            normalize: {
	                type: normalizeType,
	                namespace: normalizeNamespace,
	                name: normalizeName,
	                version: normalizeVersion,
	                qualifiers: normalizeQualifiers,
	                subpath: normalizeSubpath
	            },
	            validate: {
	                type: validateType,
	                namespace: validateNamespace,
	                name: validateName,
	                version: validateVersion,
	                qualifierKey: validateQualifierKey,
	                qualifiers: validateQualifiers,
	                subpath: validateSubpath
	            }
	        },
	        {
	            comparator: componentComparator,
	            encode: PurlComponentEncoder,
	            normalize: PurlComponentStringNormalizer,
	            validate: PurlComponentValidator
	        }
	    )
	};
	return purlComponent;
}

var purlQualifierNames;
var hasRequiredPurlQualifierNames;

function requirePurlQualifierNames () {
	if (hasRequiredPurlQualifierNames) return purlQualifierNames;
	hasRequiredPurlQualifierNames = 1;

	purlQualifierNames = {
	    // Known qualifiers:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
	    PurlQualifierNames: {
	        __proto__: null,
	        RepositoryUrl: 'repository_url',
	        DownloadUrl: 'download_url',
	        VcsUrl: 'vcs_url',
	        FileName: 'file_name',
	        Checksum: 'checksum'
	    }
	};
	return purlQualifierNames;
}

var purlType;
var hasRequiredPurlType;

function requirePurlType () {
	if (hasRequiredPurlType) return purlType;
	hasRequiredPurlType = 1;

	const { isNullishOrEmptyString } = requireLang();

	const { createHelpersNamespaceObject } = requireHelpers();

	const {
	    isSemverString,
	    lowerName,
	    lowerNamespace,
	    lowerVersion,
	    replaceDashesWithUnderscores,
	    replaceUnderscoresWithDashes
	} = requireStrings();

	const { validateEmptyByType, validateRequiredByType } = requireValidate();
	const { PurlError } = requireError();

	const PurlTypNormalizer = (purl) => purl;

	const PurlTypeValidator = (_purl, _throws) => true;

	purlType = {
	    // PURL types:
	    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
	    PurlType: createHelpersNamespaceObject(
	        {
	            normalize: {
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
	                alpm(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
	                apk(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
	                bitbucket(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
	                bitnami(purl) {
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
	                composer(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
	                deb(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
	                gitlab(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
	                github(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
	                // golang(purl) {
	                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
	                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
	                //     lowerNamespace(purl)
	                //     lowerName(purl)
	                //     return purl
	                // },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
	                hex(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
	                huggingface(purl) {
	                    lowerVersion(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
	                mlflow(purl) {
	                    if (
	                        purl.qualifiers?.repository_url?.includes('databricks')
	                    ) {
	                        lowerName(purl);
	                    }
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
	                npm(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
	                luarocks(purl) {
	                    lowerVersion(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
	                oci(purl) {
	                    lowerName(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
	                pub(purl) {
	                    lowerName(purl);
	                    purl.name = replaceDashesWithUnderscores(purl.name);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
	                pypi(purl) {
	                    lowerNamespace(purl);
	                    lowerName(purl);
	                    purl.name = replaceUnderscoresWithDashes(purl.name);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
	                qpkg(purl) {
	                    lowerNamespace(purl);
	                    return purl
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
	                rpm(purl) {
	                    lowerNamespace(purl);
	                    return purl
	                }
	            },
	            validate: {
	                // TODO: cocoapods name validation
	                // TODO: cpan namespace validation
	                // TODO: swid qualifier validation
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
	                conan(purl, throws) {
	                    if (isNullishOrEmptyString(purl.namespace)) {
	                        if (purl.qualifiers?.channel) {
	                            if (throws) {
	                                throw new PurlError(
	                                    'conan requires a "namespace" component when a "channel" qualifier is present'
	                                )
	                            }
	                            return false
	                        }
	                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
	                        if (throws) {
	                            throw new PurlError(
	                                'conan requires a "qualifiers" component when a namespace is present'
	                            )
	                        }
	                        return false
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
	                cran(purl, throws) {
	                    return validateRequiredByType(
	                        'cran',
	                        'version',
	                        purl.version,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
	                golang(purl) {
	                    // Still being lenient here since the standard changes aren't official.
	                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
	                    const { version } = purl;
	                    const length =
	                        typeof version === 'string' ? version.length : 0;
	                    // If the version starts with a "v" then ensure its a valid semver version.
	                    // This, by semver semantics, also supports pseudo-version number.
	                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
	                    if (
	                        length &&
	                        version.charCodeAt(0) === 118 /*'v'*/ &&
	                        !isSemverString(version.slice(1))
	                    ) {
	                        if (throws) {
	                            throw new PurlError(
	                                'golang "version" component starting with a "v" must be followed by a valid semver version'
	                            )
	                        }
	                        return false
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
	                maven(purl, throws) {
	                    return validateRequiredByType(
	                        'maven',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
	                mlflow(purl, throws) {
	                    return validateEmptyByType(
	                        'mlflow',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
	                oci(purl, throws) {
	                    return validateEmptyByType(
	                        'oci',
	                        'namespace',
	                        purl.namespace,
	                        throws
	                    )
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
	                pub(purl, throws) {
	                    const { name } = purl;
	                    for (let i = 0, { length } = name; i < length; i += 1) {
	                        const code = name.charCodeAt(i);
	                        // prettier-ignore
	                        if (
	                  !(
	                      (
	                          (code >= 48 && code <= 57)  || // 0-9
	                          (code >= 97 && code <= 122) || // a-z
	                          code === 95 // _
	                      )
	                  )
	              ) {
	                  if (throws) {
	                      throw new PurlError(
	                          'pub "name" component may only contain [a-z0-9_] characters'
	                      )
	                  }
	                  return false
	              }
	                    }
	                    return true
	                },
	                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
	                swift(purl, throws) {
	                    return (
	                        validateRequiredByType(
	                            'swift',
	                            'namespace',
	                            purl.namespace,
	                            throws
	                        ) &&
	                        validateRequiredByType(
	                            'swift',
	                            'version',
	                            purl.version,
	                            throws
	                        )
	                    )
	                }
	            }
	        },
	        {
	            normalize: PurlTypNormalizer,
	            validate: PurlTypeValidator
	        }
	    )
	};
	return purlType;
}

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

var packageUrl;
var hasRequiredPackageUrl;

function requirePackageUrl () {
	if (hasRequiredPackageUrl) return packageUrl;
	hasRequiredPackageUrl = 1;

	const { decodePurlComponent } = requireDecode();
	const { isObject, recursiveFreeze } = requireObjects();
	const { isBlank, isNonEmptyString, trimLeadingSlashes } = requireStrings();

	const { PurlComponent } = requirePurlComponent();
	const { PurlQualifierNames } = requirePurlQualifierNames();
	const { PurlType } = requirePurlType();
	const { PurlError } = requireError();

	class PackageURL {
	    static Component = recursiveFreeze(PurlComponent)
	    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
	    static Type = recursiveFreeze(PurlType)

	    constructor(
	        rawType,
	        rawNamespace,
	        rawName,
	        rawVersion,
	        rawQualifiers,
	        rawSubpath
	    ) {
	        const type = isNonEmptyString(rawType)
	            ? PurlComponent.type.normalize(rawType)
	            : rawType;
	        PurlComponent.type.validate(type, true);

	        const namespace = isNonEmptyString(rawNamespace)
	            ? PurlComponent.namespace.normalize(rawNamespace)
	            : rawNamespace;
	        PurlComponent.namespace.validate(namespace, true);

	        const name = isNonEmptyString(rawName)
	            ? PurlComponent.name.normalize(rawName)
	            : rawName;
	        PurlComponent.name.validate(name, true);

	        const version = isNonEmptyString(rawVersion)
	            ? PurlComponent.version.normalize(rawVersion)
	            : rawVersion;
	        PurlComponent.version.validate(version, true);

	        const qualifiers =
	            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
	                ? PurlComponent.qualifiers.normalize(rawQualifiers)
	                : rawQualifiers;
	        PurlComponent.qualifiers.validate(qualifiers, true);

	        const subpath = isNonEmptyString(rawSubpath)
	            ? PurlComponent.subpath.normalize(rawSubpath)
	            : rawSubpath;
	        PurlComponent.subpath.validate(subpath, true);

	        this.type = type;
	        this.name = name;
	        this.namespace = namespace ?? undefined;
	        this.version = version ?? undefined;
	        this.qualifiers = qualifiers ?? undefined;
	        this.subpath = subpath ?? undefined;

	        const typeHelpers = PurlType[type];
	        if (typeHelpers) {
	            typeHelpers.normalize(this);
	            typeHelpers.validate(this, true);
	        }
	    }

	    toString() {
	        const { namespace, name, version, qualifiers, subpath, type } = this;
	        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`;
	        if (namespace) {
	            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`;
	        }
	        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`;
	        if (version) {
	            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`;
	        }
	        if (qualifiers) {
	            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`;
	        }
	        if (subpath) {
	            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`;
	        }
	        return purlStr
	    }

	    static fromString(purlStr) {
	        return new PackageURL(...PackageURL.parseString(purlStr))
	    }

	    static parseString(purlStr) {
	        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
	        if (typeof purlStr !== 'string') {
	            throw new Error('A purl string argument is required.')
	        }
	        if (isBlank(purlStr)) {
	            return [
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined
	            ]
	        }

	        // Split the remainder once from left on ':'.
	        const colonIndex = purlStr.indexOf(':');
	        // Use WHATWG URL to split up the purl string.
	        //   - Split the purl string once from right on '#'
	        //   - Split the remainder once from right on '?'
	        //   - Split the remainder once from left on ':'
	        let url;
	        let maybeUrlWithAuth;
	        if (colonIndex !== -1) {
	            try {
	                // Since a purl never contains a URL Authority, its scheme
	                // must not be suffixed with double slash as in 'pkg://'
	                // and should use instead 'pkg:'. Purl parsers must accept
	                // URLs such as 'pkg://' and must ignore the '//'
	                const beforeColon = purlStr.slice(0, colonIndex);
	                const afterColon = purlStr.slice(colonIndex + 1);
	                const trimmedAfterColon = trimLeadingSlashes(afterColon);
	                url = new URL(`${beforeColon}:${trimmedAfterColon}`);
	                maybeUrlWithAuth =
	                    afterColon.length === trimmedAfterColon.length
	                        ? url
	                        : new URL(purlStr);
	            } catch (e) {
	                throw new PurlError('failed to parse as URL', {
	                    cause: e
	                })
	            }
	        }
	        // The scheme is a constant with the value "pkg".
	        if (url?.protocol !== 'pkg:') {
	            throw new PurlError('missing required "pkg" scheme component')
	        }
	        // A purl must NOT contain a URL Authority i.e. there is no support for
	        // username, password, host and port components.
	        if (
	            maybeUrlWithAuth.username !== '' ||
	            maybeUrlWithAuth.password !== ''
	        ) {
	            throw new PurlError('cannot contain a "user:pass@host:port"')
	        }

	        const { pathname } = url;
	        const firstSlashIndex = pathname.indexOf('/');
	        const rawType = decodePurlComponent(
	            'type',
	            firstSlashIndex === -1
	                ? pathname
	                : pathname.slice(0, firstSlashIndex)
	        );
	        if (firstSlashIndex < 1) {
	            return [
	                rawType,
	                undefined,
	                undefined,
	                undefined,
	                undefined,
	                undefined
	            ]
	        }

	        let rawVersion;
	        let atSignIndex = pathname.lastIndexOf('@');
	        // Handle unencoded leading '@' characters. This is a small break from
	        // the specification to make parsing more forgiving so that users don't
	        // have to deal with it.
	        if (
	            atSignIndex !== -1 &&
	            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
	        ) {
	            atSignIndex = -1;
	        }
	        const beforeVersion = pathname.slice(
	            rawType.length + 1,
	            atSignIndex === -1 ? pathname.length : atSignIndex
	        );
	        if (atSignIndex !== -1) {
	            // Split the remainder once from right on '@'.
	            rawVersion = decodePurlComponent(
	                'version',
	                pathname.slice(atSignIndex + 1)
	            );
	        }

	        let rawNamespace;
	        let rawName;
	        const lastSlashIndex = beforeVersion.lastIndexOf('/');
	        if (lastSlashIndex === -1) {
	            // Split the remainder once from right on '/'.
	            rawName = decodePurlComponent('name', beforeVersion);
	        } else {
	            // Split the remainder once from right on '/'.
	            rawName = decodePurlComponent(
	                'name',
	                beforeVersion.slice(lastSlashIndex + 1)
	            );
	            // Split the remainder on '/'.
	            rawNamespace = decodePurlComponent(
	                'namespace',
	                beforeVersion.slice(0, lastSlashIndex)
	            );
	        }

	        let rawQualifiers;
	        const { searchParams } = url;
	        if (searchParams.size !== 0) {
	            searchParams.forEach((value) =>
	                decodePurlComponent('qualifiers', value)
	            );
	            // Split the remainder once from right on '?'.
	            rawQualifiers = searchParams;
	        }

	        let rawSubpath;
	        const { hash } = url;
	        if (hash.length !== 0) {
	            // Split the purl string once from right on '#'.
	            rawSubpath = decodePurlComponent('subpath', hash.slice(1));
	        }

	        return [
	            rawType,
	            rawNamespace,
	            rawName,
	            rawVersion,
	            rawQualifiers,
	            rawSubpath
	        ]
	    }
	}

	for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
	    Reflect.defineProperty(PackageURL, staticProp, {
	        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
	        writable: false
	    });
	}

	Reflect.setPrototypeOf(PackageURL.prototype, null);

	packageUrl = {
	    PackageURL,
	    PurlComponent,
	    PurlQualifierNames,
	    PurlType
	};
	return packageUrl;
}

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

var packageurlJs;
var hasRequiredPackageurlJs;

function requirePackageurlJs () {
	if (hasRequiredPackageurlJs) return packageurlJs;
	hasRequiredPackageurlJs = 1;

	const {
	  PackageURL,
	  PurlComponent,
	  PurlQualifierNames,
	  PurlType
	} = requirePackageUrl();

	packageurlJs = {
	  PackageURL,
	  PurlComponent,
	  PurlQualifierNames,
	  PurlType
	};
	return packageurlJs;
}

var packageurlJsExports = requirePackageurlJs();

/** Product identifiers in documents and indexes: purls (packageurl-js) and CPE 2.3 names. */
/** Parses a purl; a purl that does not parse is an input error naming file and field. */
function parsePurl(text, file, field) {
    try {
        const p = packageurlJsExports.PackageURL.fromString(text);
        return {
            type: p.type,
            namespace: p.namespace ?? null,
            name: p.name,
            version: p.version ?? null
        };
    }
    catch (error) {
        throw new GateError('SCHEMA_VIOLATION', `is not a valid package URL (purl): ${error instanceof Error ? error.message : String(error)}`, { file, field });
    }
}
/** Splits a CPE 2.3 formatted string at unescaped colons. */
function parseCpe23(text, file, field) {
    const parts = [];
    let cur = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            cur += c + text[++i];
        }
        else if (c === ':') {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    if (parts.length !== 13 ||
        parts[0] !== 'cpe' ||
        parts[1] !== '2.3' ||
        !/^[aoh*-]$/.test(parts[2])) {
        throw new GateError('SCHEMA_VIOLATION', `is not a CPE 2.3 formatted string (cpe:2.3:part:vendor:product:version:…, 13 fields), got ${JSON.stringify(text.slice(0, 200))}`, { file, field });
    }
    return { part: parts[2], vendor: parts[3], product: parts[4], version: parts[5] };
}
/** A CPE version field that names one version (not ANY `*` or NA `-`), unescaped. */
const cpeVersion = (cpe) => cpe.version === '*' || cpe.version === '-' ? null : cpe.version.replace(/\\(.)/g, '$1');

/**
 * CSAF 2.0 (OASIS) VEX and security advisories: the product tree (branches with vendor,
 * product_name and product_version / product_version_range, full product names, relationships)
 * and, per vulnerability, product_status, flags (justifications) and impact threats.
 */
const STATUS = {
    first_affected: 'affected',
    known_affected: 'affected',
    last_affected: 'affected',
    first_fixed: 'fixed',
    fixed: 'fixed',
    known_not_affected: 'not_affected',
    under_investigation: 'under_investigation',
    recommended: null
};
function readCsaf(doc, file) {
    const entries = new Map();
    const tree = doc.product_tree ?? {};
    let nodes = 0;
    const count = (field) => {
        if (++nodes > MAX_PRODUCT_NODES) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_PRODUCT_NODES} product tree nodes; at most ${MAX_PRODUCT_NODES} are read`, { file, field });
        }
    };
    const helperRef = (fpn, pointer, base) => {
        const helper = fpn.product_identification_helper ?? {};
        const purl = typeof helper.purl === 'string' ? helper.purl : undefined;
        const cpe = typeof helper.cpe === 'string' ? helper.cpe : undefined;
        const parsedPurl = purl
            ? parsePurl(purl, file, `${pointer}/product_identification_helper/purl`)
            : null;
        const parsedCpe = cpe && cpe.startsWith('cpe:2.3:')
            ? parseCpe23(cpe, file, `${pointer}/product_identification_helper/cpe`)
            : null;
        const product = {
            label: `${fpn.product_id} (${fpn.name})`,
            productId: fpn.product_id,
            ...base,
            ...(purl ? { purl } : {}),
            ...(cpe ? { cpe } : {})
        };
        const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null);
        return {
            product,
            versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
        };
    };
    // Branches, depth-first with an explicit stack (no recursion on document data).
    const stack = (tree.branches ?? []).map((b, i) => ({ branch: b, pointer: ptr('product_tree', 'branches', i) }));
    while (stack.length > 0) {
        const { branch, pointer, vendor, name } = stack.pop();
        count(pointer);
        const here = {
            vendor: branch.category === 'vendor' ? branch.name : vendor,
            name: branch.category === 'product_name' ? branch.name : name
        };
        if (branch.product) {
            const base = {
                ...(here.vendor ? { vendor: here.vendor } : {}),
                ...(here.name ? { name: here.name } : {})
            };
            const e = helperRef(branch.product, `${pointer}/product`, base);
            if (branch.category === 'product_version')
                e.versions = { type: 'list', versions: [branch.name], vers: [] };
            else if (branch.category === 'product_version_range') {
                // A vers range is checked here (syntax, size); any other range notation is kept and
                // reported as unsupported by the verify stage.
                if (String(branch.name).startsWith('vers:'))
                    parseVers(branch.name, file, `${pointer}/name`);
                e.versions = { type: 'list', versions: [], vers: [branch.name] };
            }
            entries.set(branch.product.product_id, e);
        }
        for (const [i, child] of (branch.branches ?? []).entries())
            stack.push({ branch: child, pointer: `${pointer}/branches/${i}`, ...here });
    }
    for (const [i, fpn] of (tree.full_product_names ?? []).entries()) {
        count(ptr('product_tree', 'full_product_names', i));
        entries.set(fpn.product_id, helperRef(fpn, ptr('product_tree', 'full_product_names', i), {}));
    }
    // Relationships name combined products; a chain that leads back to itself is refused.
    const refersTo = new Map();
    for (const [i, rel] of (tree.relationships ?? []).entries()) {
        const pointer = ptr('product_tree', 'relationships', i);
        count(pointer);
        const fpn = rel.full_product_name;
        refersTo.set(fpn.product_id, [rel.product_reference, rel.relates_to_product_reference]);
        if (!entries.has(fpn.product_id))
            entries.set(fpn.product_id, helperRef(fpn, `${pointer}/full_product_name`, {}));
    }
    for (const [i, rel] of (tree.relationships ?? []).entries()) {
        const startId = rel.full_product_name.product_id;
        const seen = new Set();
        const todo = [...(refersTo.get(startId) ?? [])];
        while (todo.length > 0) {
            const id = todo.pop();
            if (id === startId) {
                throw new GateError('SCHEMA_VIOLATION', `relationship ${JSON.stringify(startId)} refers back to itself through ${[...seen].join(', ') || 'itself'} (a cycle in the product tree)`, { file, field: ptr('product_tree', 'relationships', i) });
            }
            if (seen.has(id))
                continue;
            seen.add(id);
            todo.push(...(refersTo.get(id) ?? []));
        }
    }
    const groups = new Map();
    for (const g of tree.product_groups ?? [])
        groups.set(g.group_id, g.product_ids);
    const expand = (ids = [], groupIds = []) => new Set([...ids, ...groupIds.flatMap(g => groups.get(g) ?? [])]);
    const statements = [];
    for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
        const ids = [
            ...(v.cve ? [v.cve] : []),
            ...(v.ids ?? []).map((x) => String(x.text))
        ];
        const vulnerability = ids[0] ?? `vulnerabilities[${i}]`;
        const justification = (pid) => {
            for (const f of v.flags ?? [])
                if (expand(f.product_ids, f.group_ids).has(pid))
                    return String(f.label);
            for (const t of v.threats ?? [])
                if (t.category === 'impact' && expand(t.product_ids, t.group_ids).has(pid))
                    return String(t.details);
            return null;
        };
        for (const [category, list] of Object.entries(v.product_status ?? {})) {
            const status = STATUS[category];
            if (!status)
                continue;
            for (const [j, pid] of list.entries()) {
                if (statements.length >= MAX_STATEMENTS) {
                    throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} product statements`, { file, field: ptr('vulnerabilities', i, 'product_status', category) });
                }
                const e = entries.get(pid) ?? {
                    product: { label: pid, productId: pid },
                    versions: { type: 'all' }
                };
                statements.push({
                    pointer: ptr('vulnerabilities', i, 'product_status', category, j),
                    vulnerability,
                    aliases: ids.slice(1),
                    status,
                    justification: status === 'not_affected' ? justification(pid) : null,
                    product: e.product,
                    versions: e.versions
                });
            }
        }
    }
    return { format: 'csaf', id: String(doc.document.tracking.id), statements, unsupported: [] };
}

/**
 * CycloneDX 1.4-1.6 VEX: `vulnerabilities[].analysis` (state, justification) and `affects`
 * (a bom-ref to a component, with versions or `vers:` ranges and their status).
 */
const STATE = {
    exploitable: 'affected',
    in_triage: 'under_investigation',
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    not_affected: 'not_affected',
    false_positive: 'not_affected'
};
function readCycloneDx(doc, file) {
    const components = new Map();
    const stack = [];
    if (doc.metadata?.component)
        stack.push({ c: doc.metadata.component, pointer: '/metadata/component' });
    for (const [i, c] of (doc.components ?? []).entries())
        stack.push({ c, pointer: ptr('components', i) });
    let nodes = 0;
    while (stack.length > 0) {
        const { c, pointer } = stack.pop();
        if (++nodes > MAX_PRODUCT_NODES) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_PRODUCT_NODES} components; at most ${MAX_PRODUCT_NODES} are read`, { file, field: pointer });
        }
        const purl = typeof c.purl === 'string' ? c.purl : undefined;
        const cpe = typeof c.cpe === 'string' && c.cpe.startsWith('cpe:2.3:') ? c.cpe : undefined;
        const parsedPurl = purl ? parsePurl(purl, file, `${pointer}/purl`) : null;
        const parsedCpe = cpe ? parseCpe23(cpe, file, `${pointer}/cpe`) : null;
        const vendor = c.supplier?.name ?? c.publisher ?? c.group;
        const product = {
            label: `${c['bom-ref'] ?? pointer} (${c.name}${c.version ? ` ${c.version}` : ''})`,
            name: String(c.name),
            ...(vendor ? { vendor: String(vendor) } : {}),
            ...(purl ? { purl } : {}),
            ...(cpe ? { cpe } : {})
        };
        const version = typeof c.version === 'string'
            ? c.version
            : (parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null));
        if (typeof c['bom-ref'] === 'string')
            components.set(c['bom-ref'], { product, version });
        for (const [i, child] of (c.components ?? []).entries())
            stack.push({ c: child, pointer: `${pointer}/components/${i}` });
    }
    const statements = [];
    const add = (s, field) => {
        if (statements.length >= MAX_STATEMENTS) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affects entries`, {
                file,
                field
            });
        }
        statements.push(s);
    };
    for (const [i, v] of (doc.vulnerabilities ?? []).entries()) {
        const vulnerability = String(v.id ?? `vulnerabilities[${i}]`);
        const aliases = (v.references ?? []).map((r) => String(r.id));
        const analysis = v.analysis ?? {};
        const state = STATE[analysis.state];
        const justification = analysis.justification ?? analysis.detail ?? null;
        for (const [j, a] of (v.affects ?? []).entries()) {
            const ref = String(a.ref);
            const known = components.get(ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : ref);
            const product = known?.product ?? { label: ref };
            const base = ptr('vulnerabilities', i, 'affects', j);
            if (Array.isArray(a.versions) && a.versions.length > 0) {
                for (const [k, ver] of a.versions.entries()) {
                    const pointer = `${base}/versions/${k}`;
                    if (typeof ver.range === 'string' && ver.range.startsWith('vers:'))
                        parseVers(ver.range, file, `${pointer}/range`);
                    const status = ver.status === 'unaffected'
                        ? state === 'fixed'
                            ? 'fixed'
                            : 'not_affected'
                        : ver.status === 'unknown'
                            ? 'under_investigation'
                            : state === 'under_investigation'
                                ? state
                                : 'affected';
                    add({
                        pointer,
                        vulnerability,
                        aliases,
                        status,
                        justification: status === 'not_affected' ? justification : null,
                        product,
                        versions: typeof ver.version === 'string'
                            ? { type: 'list', versions: [ver.version], vers: [] }
                            : { type: 'list', versions: [], vers: [String(ver.range)] }
                    }, pointer);
                }
            }
            else {
                const status = state ?? 'affected';
                add({
                    pointer: base,
                    vulnerability,
                    aliases,
                    status,
                    justification: status === 'not_affected' ? justification : null,
                    product,
                    versions: known?.version
                        ? { type: 'list', versions: [known.version], vers: [] }
                        : { type: 'all' }
                }, base);
            }
        }
    }
    const id = doc.serialNumber ? String(doc.serialNumber) : `${file} (no serialNumber)`;
    return { format: 'cyclonedx-vex', id, statements, unsupported: [] };
}

/** OpenVEX 0.2: statements of vulnerability, products (purl @id or identifiers), status. */
function readOpenVex(doc, file) {
    const statements = [];
    for (const [i, s] of (doc.statements ?? []).entries()) {
        const vuln = s.vulnerability ?? {};
        const vulnerability = String(vuln.name ?? vuln['@id'] ?? `statements[${i}]`);
        const aliases = (vuln.aliases ?? []).map(String);
        const status = s.status;
        for (const [j, p] of (s.products ?? []).entries()) {
            if (statements.length >= MAX_STATEMENTS) {
                throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} product statements`, {
                    file,
                    field: ptr('statements', i, 'products')
                });
            }
            const pointer = ptr('statements', i, 'products', j);
            const id = p['@id'];
            const ids = p.identifiers ?? {};
            const purl = ids.purl ?? (id?.startsWith('pkg:') ? id : undefined);
            const cpe = ids.cpe23 ?? (id?.startsWith('cpe:2.3:') ? id : undefined);
            const parsedPurl = purl
                ? parsePurl(purl, file, ids.purl ? `${pointer}/identifiers/purl` : `${pointer}/@id`)
                : null;
            const parsedCpe = cpe
                ? parseCpe23(cpe, file, ids.cpe23 ? `${pointer}/identifiers/cpe23` : `${pointer}/@id`)
                : null;
            const product = {
                label: id ?? purl ?? cpe ?? `statements[${i}].products[${j}]`,
                ...(purl ? { purl } : {}),
                ...(cpe ? { cpe } : {})
            };
            const version = parsedPurl?.version ?? (parsedCpe ? cpeVersion(parsedCpe) : null);
            statements.push({
                pointer,
                vulnerability,
                aliases,
                status,
                justification: status === 'not_affected' ? (s.justification ?? s.impact_statement ?? null) : null,
                product,
                versions: version ? { type: 'list', versions: [version], vers: [] } : { type: 'all' }
            });
        }
    }
    return { format: 'openvex', id: String(doc['@id']), statements, unsupported: [] };
}

/**
 * OSV 1.x: affected packages with SEMVER ranges, ECOSYSTEM ranges of ecosystems whose versions
 * order as SemVer, and listed versions. GIT ranges (they need the repository's commit graph)
 * and ECOSYSTEM ranges of other ecosystems (they need that ecosystem's own ordering) are
 * reported as unsupported, never guessed.
 */
/** Ecosystems whose versions are SemVer 2.0.0 (OSV schema, "Affected ranges"). */
const SEMVER_ECOSYSTEMS = ['Go', 'npm', 'crates.io', 'Hex', 'Pub'];
function readOsv(doc, file) {
    const vulnerability = String(doc.id);
    const aliases = (doc.aliases ?? []).map(String);
    const statements = [];
    const unsupported = [];
    for (const [i, a] of (doc.affected ?? []).entries()) {
        const pkg = a.package ?? {};
        const pointer = ptr('affected', i);
        if (typeof pkg.purl === 'string')
            parsePurl(pkg.purl, file, `${pointer}/package/purl`);
        const product = {
            label: pkg.name ? `${pkg.ecosystem}/${pkg.name}` : `affected[${i}]`,
            ...(pkg.name ? { name: String(pkg.name) } : {}),
            ...(pkg.ecosystem ? { ecosystem: String(pkg.ecosystem) } : {}),
            ...(pkg.purl ? { purl: String(pkg.purl) } : {})
        };
        const ecosystem = String(pkg.ecosystem ?? '').split(':')[0];
        const ranges = [];
        let rangeType = 'SEMVER';
        let events = 0;
        for (const [k, r] of (a.ranges ?? []).entries()) {
            const rp = `${pointer}/ranges/${k}`;
            const semverOrdered = r.type === 'SEMVER' || (r.type === 'ECOSYSTEM' && SEMVER_ECOSYSTEMS.includes(ecosystem));
            if (!semverOrdered) {
                unsupported.push({
                    pointer: rp,
                    vulnerability,
                    product: product.label,
                    reason: r.type === 'GIT'
                        ? 'GIT ranges need the repository commit graph, which the gate does not hold'
                        : `${r.type} ranges of ecosystem ${JSON.stringify(pkg.ecosystem)} need that ecosystem's version order, which the gate does not implement`
                });
                continue;
            }
            if (r.type === 'ECOSYSTEM')
                rangeType = 'ECOSYSTEM';
            events += (r.events ?? []).length;
            if (events > MAX_VERS_CONSTRAINTS) {
                throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_VERS_CONSTRAINTS} range events; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${rp}/events` });
            }
            // Events in order: each `introduced` opens an interval, `fixed` / `last_affected` closes it.
            let open = null;
            for (const e of r.events ?? []) {
                if (e.introduced !== undefined) {
                    if (open !== null)
                        ranges.push({ introduced: open, fixed: null, lastAffected: null });
                    open = String(e.introduced);
                }
                else if (open !== null && (e.fixed !== undefined || e.last_affected !== undefined)) {
                    ranges.push({
                        introduced: open,
                        fixed: e.fixed !== undefined ? String(e.fixed) : null,
                        lastAffected: e.last_affected !== undefined ? String(e.last_affected) : null
                    });
                    open = null;
                }
            }
            if (open !== null)
                ranges.push({ introduced: open, fixed: null, lastAffected: null });
        }
        const versions = (a.versions ?? []).map(String);
        if (versions.length > MAX_VERS_CONSTRAINTS) {
            throw new GateError('LIMIT_EXCEEDED', `lists ${versions.length} versions; at most ${MAX_VERS_CONSTRAINTS} are read`, { file, field: `${pointer}/versions` });
        }
        if (ranges.length === 0 && versions.length === 0)
            continue;
        if (statements.length >= MAX_STATEMENTS) {
            throw new GateError('LIMIT_EXCEEDED', `has more than ${MAX_STATEMENTS} affected entries`, {
                file,
                field: '/affected'
            });
        }
        statements.push({
            pointer,
            vulnerability,
            aliases,
            status: 'affected',
            justification: null,
            product,
            versions: { type: 'osv', rangeType, ranges, versions }
        });
    }
    return { format: 'osv', id: vulnerability, statements, unsupported };
}

/**
 * The evidence-reader registry: one reader per (kind, format). This is the seam where further
 * formats plug in: add a format to the index schema's `format` enum, a reader here, and (for
 * signed content) a verifier in src/verify. affected-versions reads CSAF 2.0, OpenVEX 0.2,
 * OSV 1.x and CycloneDX VEX besides the gate's own YAML record.
 */
const document = async () => ({ type: 'document' });
const record = (kind) => async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseYaml(text, ctx.file.path, { maxAliasCount: ctx.maxAliasCount });
    validateOrThrow(kind, raw, ctx.file.path);
    return { type: 'record', record: normaliseRecord(kind, raw, ctx.file.path) };
};
/** A cosign `.sig` is base64 text; a raw DER or Ed25519 signature gets the conversion as its fix. */
function signatureText(bytes, file) {
    try {
        return decodeUtf8(bytes, file);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'is binary, but the signature must be base64 text as `cosign sign-blob` writes it; convert it with `openssl base64 -A -in <binary signature> -out ' +
            file +
            '`', { file });
    }
}
const cosignSignBlob = async (ctx) => {
    const rel = ctx.item.signature;
    if (rel === undefined) {
        throw new GateError('SCHEMA_VIOLATION', 'is required for an update-manifest', {
            file: 'update-evidence.yaml',
            field: `evidence[${ctx.position}].signature`
        });
    }
    const sig = await ctx.readOther(rel, {
        file: 'update-evidence.yaml',
        field: `evidence[${ctx.position}].signature`
    });
    return {
        type: 'signed-blob',
        format: 'cosign-sign-blob',
        bytes: ctx.file.bytes,
        signature: sig
            ? {
                file: sig.path,
                present: true,
                text: signatureText(sig.bytes, sig.path),
                sha256: sig.sha256
            }
            : { file: rel, present: false, text: null, sha256: null }
    };
};
/** DSSE envelope structure (secure-systems-lab/dsse envelope.md); extra fields are tolerated. */
const dsse = async (ctx) => {
    const text = decodeUtf8(ctx.file.bytes, ctx.file.path);
    const raw = parseJson(text, ctx.file.path);
    validateOrThrow('dsse-envelope', raw, ctx.file.path);
    const env = raw;
    return {
        type: 'dsse',
        format: 'dsse',
        envelope: {
            payload: env.payload,
            payloadType: env.payloadType,
            signatures: env.signatures.map(s => ({
                ...(s.keyid !== undefined ? { keyid: s.keyid } : {}),
                sig: s.sig
            }))
        }
    };
};
/**
 * A supplier's affected-version document: bounded JSON, its published schema, then flattened
 * into statements (src/load/vex/); matching and version evaluation happen in src/verify/vex.ts.
 */
const vexDocument = (format, read) => async (ctx) => {
    const raw = readJsonDocument(ctx.file.bytes, ctx.file.path);
    await validateVex(format, raw, ctx.file.path);
    return { type: 'vex', document: read(raw, ctx.file.path) };
};
/** A kind whose only format so far is this project's YAML record. */
const yamlRecord = (kind) => ({
    defaultFormat: 'update-gate',
    readers: { 'update-gate': record(kind) }
});
const EVIDENCE_READERS = {
    'process-document': { defaultFormat: 'text', readers: { text: document } },
    'recovery-procedure': { defaultFormat: 'text', readers: { text: document } },
    'update-manifest': {
        defaultFormat: 'cosign-sign-blob',
        readers: { 'cosign-sign-blob': cosignSignBlob }
        // 'sigstore-bundle': next step
    },
    'build-provenance': { defaultFormat: 'dsse', readers: { dsse } },
    'signing-event': yamlRecord('signing-event'),
    'release-approval': yamlRecord('release-approval'),
    'rollback-recovery-tests': yamlRecord('rollback-recovery-tests'),
    'affected-versions': {
        defaultFormat: 'update-gate',
        readers: {
            'update-gate': record('affected-versions'),
            csaf: vexDocument('csaf', readCsaf),
            openvex: vexDocument('openvex', readOpenVex),
            osv: vexDocument('osv', readOsv),
            'cyclonedx-vex': vexDocument('cyclonedx-vex', readCycloneDx)
        }
    },
    'customer-notification': yamlRecord('customer-notification'),
    'deployment-records': yamlRecord('deployment-records')
};

/** The layout of an evidence package (docs/evidence-format.md). */
/** The index every package directory (or release) holds; the collect and load stages look for it. */
const INDEX_FILE = 'update-evidence.yaml';

/** Loads an evidence package: index + every evidence file it names, safely and validated. */
const isFile = async (p) => (await stat(p).catch(() => null))?.isFile() ?? false;
const isDirectory = async (p) => (await stat(p).catch(() => null))?.isDirectory() ?? false;
function assertUnique(values, file, field, what) {
    const seen = new Set();
    values.forEach((v, i) => {
        if (seen.has(v)) {
            throw new GateError('SCHEMA_VIOLATION', `${what} '${clip(v, 100)}' appears more than once; must be unique`, {
                file,
                field: field(i)
            });
        }
        seen.add(v);
    });
}
function packageFacts(raw, index) {
    const f = INDEX_FILE;
    const exceptions = (raw.exceptions ?? []).map((e, i) => ({
        id: e.id,
        configuration: e.configuration,
        reason: e.reason,
        mitigation: e.mitigation,
        remainOn: e.remainOn,
        followUpBy: normaliseTimestamp(e.followUpBy, { file: f, field: `exceptions[${i}].followUpBy` }),
        acceptedBy: canonicalIdentity(e.acceptedBy, { file: f, field: `exceptions[${i}].acceptedBy` }),
        acceptedAt: normaliseTimestamp(e.acceptedAt, { file: f, field: `exceptions[${i}].acceptedAt` })
    }));
    const party = (list) => (p, i) => ({
        id: canonicalIdentity(p.id, { file: f, field: `${list}[${i}].id` }),
        name: p.name,
        role: p.role
    });
    return {
        index: INDEX_FILE,
        indexSha256: index.sha256,
        decisionSupported: raw.decisionSupported,
        threats: [...(raw.threats ?? [])],
        controls: [...(raw.controls ?? [])],
        scope: {
            product: raw.scope.product,
            fromVersion: raw.scope.fromVersion,
            toVersion: raw.scope.toVersion,
            cohort: raw.scope.cohort,
            configurations: raw.scope.configurations.map(c => ({
                id: c.id,
                name: c.name,
                hardware: c.hardware
            })),
            vulnerabilities: [...raw.scope.vulnerabilities],
            // The trust configuration decides the scheme; the verify stage sets it (and refuses an
            // index that claims another).
            versionScheme: raw.scope.versionScheme ?? 'semver',
            identifiers: (raw.scope.identifiers ?? []).map((id, i) => {
                const field = `scope.identifiers[${i}]`;
                if (id.purl !== undefined)
                    parsePurl(id.purl, f, `${field}.purl`);
                if (id.cpe !== undefined)
                    parseCpe23(id.cpe, f, `${field}.cpe`);
                return { ...id };
            })
        },
        producers: (raw.producers ?? []).map(party('producers')),
        consumers: (raw.consumers ?? []).map(party('consumers')),
        verificationMethod: [...(raw.verificationMethod ?? [])],
        knownGaps: (raw.knownGaps ?? []).map(g => ({
            id: g.id,
            description: g.description,
            configurations: [...g.configurations]
        })),
        exceptions,
        retention: raw.retention
            ? { owners: [...raw.retention.owners], locations: [...raw.retention.locations] }
            : null
    };
}
/**
 * Reads `<packageDir>/update-evidence.yaml` and every file it names. Input errors throw GateError
 * (FILE_NOT_FOUND for the package or index, PATH_OUTSIDE_ROOT, FILE_TOO_LARGE, FILE_UNREADABLE,
 * PARSE_ERROR, DUPLICATE_KEY, ALIAS_LIMIT, SCHEMA_VIOLATION, INVALID_TIME). An evidence file that
 * the index names but that does not exist is a fact (`present: false`), not an error.
 */
async function loadPackage(packageDir, options = {}) {
    const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    if (path.basename(packageDir) === INDEX_FILE && (await isFile(packageDir))) {
        throw new GateError('USAGE', `this is the package's index; give the package directory that holds it: ${path.dirname(packageDir)}`, { file: packageDir });
    }
    const root = await realRoot(packageDir, { file: packageDir });
    if (!(await isDirectory(root))) {
        throw new GateError('USAGE', `is a file; give the evidence package directory (the one that holds ${INDEX_FILE})`, { file: packageDir });
    }
    const fileDigests = {};
    const index = await readInside(root, INDEX_FILE, maxBytes, { file: INDEX_FILE });
    if (!index) {
        throw new GateError('FILE_NOT_FOUND', `'${packageDir}' has no ${INDEX_FILE}; give the evidence package directory, or start one with \`update-gate package init ${packageDir} --product P --from V --to V\``, { file: INDEX_FILE });
    }
    fileDigests[INDEX_FILE] = index.sha256;
    const raw = parseYaml(decodeUtf8(index.bytes, INDEX_FILE), INDEX_FILE, { maxAliasCount });
    validateOrThrow('update-evidence', raw, INDEX_FILE);
    const facts = packageFacts(raw, index);
    assertUnique(raw.evidence.map(e => e.id), INDEX_FILE, i => `evidence[${i}].id`, 'evidence id');
    assertUnique(facts.scope.configurations.map(c => c.id), INDEX_FILE, i => `scope.configurations[${i}].id`, 'configuration id');
    const readOther = async (rel, where) => {
        const result = await readInside(root, rel, maxBytes, where);
        if (result)
            fileDigests[result.path] = result.sha256;
        return result;
    };
    const evidence = [];
    for (const [position, item] of raw.evidence.entries()) {
        const kind = item.kind;
        const field = (name) => `evidence[${position}].${name}`;
        const base = {
            position,
            id: item.id,
            kind,
            producer: canonicalIdentity(item.producer, {
                file: INDEX_FILE,
                field: field('producer')
            }),
            time: normaliseOptionalTimestamp(item.time, { file: INDEX_FILE, field: field('time') }),
            controls: [...(item.controls ?? [])],
            statement: item.statement ?? null
        };
        if (kind === 'assertion') {
            evidence.push({
                ...base,
                format: 'statement',
                file: null,
                present: false,
                sha256: null,
                content: { type: 'none' }
            });
            continue;
        }
        const formats = EVIDENCE_READERS[kind];
        const format = item.format ?? formats.defaultFormat;
        const reader = formats.readers[format];
        if (!reader) {
            throw new GateError('SCHEMA_VIOLATION', `format '${clip(format, 100)}' is not supported for ${kind}; supported: ${Object.keys(formats.readers).join(', ')}`, { file: INDEX_FILE, field: field('format') });
        }
        const where = { file: INDEX_FILE, field: field('file') };
        const file = await readOther(item.file, where);
        if (!file) {
            evidence.push({
                ...base,
                format,
                file: path.posix.normalize(String(item.file).replace(/\\/g, '/')),
                present: false,
                sha256: null,
                content: { type: 'none' }
            });
            continue;
        }
        const content = await reader({ file, item, position, maxAliasCount, readOther });
        evidence.push({ ...base, format, file: file.path, present: true, sha256: file.sha256, content });
    }
    let artifactsRoot;
    let artifactsLabel = 'artifacts';
    if (options.artifactsDir !== undefined) {
        artifactsRoot = await realRoot(options.artifactsDir, { file: options.artifactsDir });
        artifactsLabel = path.relative(root, artifactsRoot).split(path.sep).join('/');
        if (artifactsLabel === '' ||
            artifactsLabel.startsWith('..') ||
            path.isAbsolute(artifactsLabel)) {
            artifactsLabel = 'artifacts';
        }
    }
    else {
        artifactsRoot = await resolveInside(root, 'artifacts', { file: 'artifacts' });
    }
    return {
        root,
        artifactsRoot,
        artifactsLabel,
        facts,
        claimedVersionScheme: raw.scope.versionScheme ?? null,
        evidence,
        fileDigests
    };
}

/** Loads the trust configuration: keys parsed with node:crypto, fingerprints of the DER SPKI. */
/** `sha256:<hex>` of the DER SubjectPublicKeyInfo. */
const keyFingerprint = (key) => 'sha256:' +
    createHash('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex');
/** Parses one PEM public key; INVALID_KEY naming the key id when it is not a supported key. */
function parsePublicKey(pem, keyId, where) {
    if (/PRIVATE KEY/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is a private key; give the public key only`, where);
    }
    if (!/-----BEGIN PUBLIC KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a PEM public key (-----BEGIN PUBLIC KEY-----)`, where);
    }
    let key;
    try {
        key = createPublicKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' is not a valid PEM public key: ${messageOf(error)}`, where);
    }
    const type = key.asymmetricKeyType;
    if (type === 'ed25519')
        return { key, algorithm: 'ed25519', hash: null };
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return { key, algorithm: 'ecdsa-p256-sha256', hash: 'sha256' };
        if (curve === 'secp384r1')
            return { key, algorithm: 'ecdsa-p384-sha384', hash: 'sha384' };
        throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' uses unsupported curve ${curve}; use P-256, P-384 or Ed25519`, where);
    }
    throw new GateError('INVALID_KEY', `key '${clip(keyId, 100)}' has unsupported type ${type}; use ECDSA P-256, P-384 or Ed25519`, where);
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/**
 * Reads the trust configuration (YAML). `publicKeyFile` paths are relative to the trust file's
 * directory and may not leave it. Every key is kept, revoked and expired ones too: the policy
 * decides what they are worth.
 */
async function loadTrust(trustFile, options = {}) {
    const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    const label = trustFile;
    let real;
    try {
        real = await realRoot(trustFile, { file: label });
    }
    catch (error) {
        if (error instanceof GateError && error.code === 'FILE_NOT_FOUND') {
            throw new GateError('FILE_NOT_FOUND', `trust configuration '${trustFile}' does not exist`, {
                file: label
            });
        }
        throw error;
    }
    const bytes = await readBounded(real, maxBytes, { file: label });
    const fileDigests = {
        [`trust:${path.basename(real)}`]: createHash('sha256').update(bytes).digest('hex')
    };
    const raw = parseYaml(decodeUtf8(bytes, label), label, {
        maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT
    });
    validateOrThrow('trust', raw, label);
    const dir = path.dirname(real);
    const keys = [];
    const data = [];
    const seenIds = new Map();
    const seenFingerprints = new Map();
    for (const [i, k] of raw.keys.entries()) {
        const field = (name) => `keys[${i}].${name}`;
        if (seenIds.has(k.id)) {
            throw new GateError('SCHEMA_VIOLATION', `key id '${clip(k.id, 100)}' appears more than once; must be unique`, { file: label, field: field('id') });
        }
        seenIds.set(k.id, i);
        let pem;
        let where = { file: label, field: field('publicKey') };
        if (k.publicKeyFile !== undefined) {
            where = { file: label, field: field('publicKeyFile') };
            const read = await readInside(dir, k.publicKeyFile, maxBytes, where);
            if (!read) {
                throw new GateError('FILE_NOT_FOUND', `public key file '${clip(k.publicKeyFile, 200)}' of key '${clip(k.id, 100)}' does not exist`, where);
            }
            fileDigests[`trust:${read.path}`] = read.sha256;
            pem = decodeUtf8(read.bytes, read.path);
        }
        else {
            pem = k.publicKey; // the schema's oneOf: one of publicKey and publicKeyFile
        }
        const parsed = parsePublicKey(pem, k.id, where);
        const fingerprint = keyFingerprint(parsed.key);
        const other = seenFingerprints.get(fingerprint);
        if (other !== undefined) {
            throw new GateError('INVALID_KEY', `key '${clip(k.id, 100)}' is the same public key as '${other}'; list each key once`, where);
        }
        seenFingerprints.set(fingerprint, k.id);
        keys.push({
            id: k.id,
            fingerprint,
            algorithm: parsed.algorithm,
            hash: parsed.hash,
            publicKey: parsed.key
        });
        data.push({
            id: k.id,
            fingerprint,
            usage: [...k.usage].sort(),
            products: [...k.products].sort(),
            minVersion: k.minVersion,
            maxVersion: k.maxVersion,
            validFrom: normaliseTimestamp(k.validFrom, { file: label, field: field('validFrom') }),
            validUntil: normaliseTimestamp(k.validUntil, { file: label, field: field('validUntil') }),
            revoked: k.revoked,
            revokedAt: normaliseOptionalTimestamp(k.revokedAt, { file: label, field: field('revokedAt') })
        });
    }
    // Names people type are canonical (identity.ts), as they are in the evidence they meet.
    const approvers = raw.approvers.map((a, i) => ({
        id: canonicalIdentity(a.id, { file: label, field: `approvers[${i}].id` }),
        name: a.name,
        roles: [...a.roles].sort()
    }));
    const builders = raw.builders.map((b, i) => ({
        id: canonicalIdentity(b.id, { file: label, field: `builders[${i}].id` })
    }));
    const dup = (list, what, name) => {
        const seen = new Set();
        list.forEach((x, i) => {
            if (seen.has(x.id))
                throw new GateError('SCHEMA_VIOLATION', `${what} '${clip(x.id, 100)}' appears more than once; must be unique`, { file: label, field: `${name}[${i}].id` });
            seen.add(x.id);
        });
    };
    dup(approvers, 'approver', 'approvers');
    dup(builders, 'builder', 'builders');
    const products = (raw.products ?? []).map(p => ({
        id: p.id,
        versionScheme: p.versionScheme
    }));
    dup(products, 'product', 'products');
    // Key version ranges compare in the scheme of each product the key is for.
    const schemeOf = (product) => products.find(p => p.id === product)?.versionScheme ?? 'semver';
    raw.keys.forEach((k, i) => {
        for (const product of k.products) {
            const scheme = schemeOf(product);
            for (const f of ['minVersion', 'maxVersion']) {
                if (!isValidVersion(scheme, String(k[f]))) {
                    throw new GateError('SCHEMA_VIOLATION', `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(k[f])}`, { file: label, field: `keys[${i}].${f}` });
                }
            }
        }
    });
    return {
        file: real,
        keys: keys.sort(byId),
        data: {
            keys: data.sort(byId),
            approvers: approvers.sort(byId),
            builders: builders.sort(byId),
            products: products.sort(byId),
            requirements: {
                minimumMaturity: raw.requirements.minimumMaturity,
                requiredControls: [...raw.requirements.requiredControls],
                requiredApprovals: raw.requirements.requiredApprovals
            }
        },
        fileDigests
    };
}

/**
 * SHA-256 of a regular file in constant memory (artifacts are not size-bounded). One reused buffer and
 * positional reads: a read stream allocates per chunk and runs at a third of the speed
 * (bench/digest.mjs measures it against openssl).
 */
const DIGEST_BUFFER_BYTES = 4 * 1024 * 1024;
async function sha256File(realPath, where = { file: realPath }) {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(DIGEST_BUFFER_BYTES);
    let size = 0;
    // A FIFO, socket or device is refused before it is opened: none can block or stream forever.
    const handle = await openRegularFile(realPath, where);
    try {
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot read: ${messageOf(error)}`, where);
    }
    finally {
        await handle.close();
    }
    return { size, sha256: hash.digest('hex') };
}

/**
 * Signature facts: a signature is tried against EVERY trusted key (revoked and expired ones
 * too); the fact records which key verified it, never whether that key is acceptable.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
/** Decodes standard or URL-safe base64 strictly (whitespace ignored); null when it is neither. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (!BASE64.test(compact) && !BASE64URL.test(compact))
        return null;
    const unpadded = compact.replace(/=+$/, '');
    if (unpadded.length % 4 === 1)
        return null;
    return Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
function verifies(key, message, signature) {
    try {
        return verify(key.hash, message, key.publicKey, signature);
    }
    catch {
        return false; // malformed DER, wrong length, …: not a valid signature by this key
    }
}
const unverified = (source, reason) => ({
    source,
    verified: false,
    keyId: null,
    keyFingerprint: null,
    algorithm: null,
    reason
});
/** Verifies a base64 signature over `message` against every key (sorted by id; first wins). */
function signatureFact(source, message, signatureText, keys) {
    if (signatureText === null)
        return unverified(source, 'signature file not found');
    const signature = decodeBase64(signatureText);
    if (signature === null)
        return unverified(source, 'signature is not valid base64');
    if (signature.length === 0)
        return unverified(source, 'signature is empty');
    for (const key of keys) {
        if (verifies(key, message, signature)) {
            return {
                source,
                verified: true,
                keyId: key.id,
                keyFingerprint: key.fingerprint,
                algorithm: key.algorithm,
                reason: null
            };
        }
    }
    return unverified(source, keys.length === 0
        ? 'the trust configuration has no keys'
        : 'no trusted key verifies this signature');
}

/** DSSE envelopes (PAE), in-toto Statement v1 and SLSA Provenance v1 facts. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** DSSE v1 Pre-Authentication Encoding: `DSSEv1 SP LEN(type) SP type SP LEN(body) SP body`. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
        type,
        Buffer.from(` ${payload.length} `, 'utf8'),
        payload
    ]);
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const obj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
/**
 * Verifies every DSSE signature against every trusted key and extracts the statement. The
 * envelope's `keyid` hints are ignored. `manifestArtifacts` are the computed digests of the
 * package manifest's artifacts (null digest when the artifact is missing).
 */
function verifyDsse(envelope, file, keys, manifestArtifacts) {
    const payload = decodeBase64(envelope.payload);
    if (payload === null) {
        throw new GateError('PARSE_ERROR', 'is not valid base64', { file, field: 'payload' });
    }
    const message = pae(envelope.payloadType, payload);
    const signatures = envelope.signatures.map((s, i) => {
        const fact = signatureFact(`envelope#${i}`, message, s.sig, keys);
        if (fact.verified || keys.length === 0)
            return fact;
        // A common mistake, named: the signature is over the payload bytes instead of the PAE.
        const overPayload = signatureFact(`envelope#${i}`, payload, s.sig, keys);
        return overPayload.verified
            ? {
                ...fact,
                reason: `key ${overPayload.keyId} signed the payload itself, but a DSSE signature is over PAE(payloadType, payload) = "DSSEv1 <len> <payloadType> <len> <payload>"; sign that (update-gate package sign --provenance, docs/evidence-format.md#dsse-and-pae)`
            }
            : fact;
    });
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    }
    catch {
        throw new GateError('PARSE_ERROR', 'payload is not valid UTF-8', { file, field: 'payload' });
    }
    const statement = obj(parseJson(text, file, 'payload'));
    const type = str(statement._type);
    const predicateType = str(statement.predicateType);
    if (type === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto Statement _type)', {
            file,
            field: 'payload._type'
        });
    }
    if (predicateType === null) {
        throw new GateError('SCHEMA_VIOLATION', 'must be a string (in-toto predicateType)', {
            file,
            field: 'payload.predicateType'
        });
    }
    if (!Array.isArray(statement.subject)) {
        throw new GateError('SCHEMA_VIOLATION', 'must be an array of { name, digest }', {
            file,
            field: 'payload.subject'
        });
    }
    const subjects = statement.subject.map((s, i) => {
        const subject = obj(s);
        const digest = obj(subject.digest);
        const sha = typeof digest.sha256 === 'string' ? digest.sha256.toLowerCase() : null;
        if (sha !== null && !/^[0-9a-f]{64}$/.test(sha)) {
            throw new GateError('SCHEMA_VIOLATION', 'must be a hex SHA-256 (64 characters)', {
                file,
                field: `payload.subject[${i}].digest.sha256`
            });
        }
        return { name: typeof subject.name === 'string' ? subject.name : '', sha256: sha };
    });
    let slsa = null;
    if (predicateType === SLSA_PROVENANCE_V1) {
        const predicate = obj(statement.predicate);
        const definition = obj(predicate.buildDefinition);
        const run = obj(predicate.runDetails);
        const buildType = str(definition.buildType);
        const builderId = str(obj(run.builder).id);
        if (buildType === null) {
            throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
                file,
                field: 'payload.predicate.buildDefinition.buildType'
            });
        }
        if (builderId === null) {
            throw new GateError('SCHEMA_VIOLATION', 'is required by SLSA Provenance v1', {
                file,
                field: 'payload.predicate.runDetails.builder.id'
            });
        }
        const workflow = obj(obj(definition.externalParameters).workflow);
        const deps = Array.isArray(definition.resolvedDependencies)
            ? definition.resolvedDependencies
            : [];
        const commit = deps.map(d => str(obj(obj(d).digest).gitCommit)).find(c => c !== null) ?? null;
        const metadata = obj(run.metadata);
        const time = (name) => {
            const v = metadata[name];
            if (v !== undefined && v !== null && typeof v !== 'string') {
                throw new GateError('SCHEMA_VIOLATION', 'must be an RFC 3339 date-time string', {
                    file,
                    field: `payload.predicate.runDetails.metadata.${name}`
                });
            }
            return normaliseOptionalTimestamp(v, {
                file,
                field: `payload.predicate.runDetails.metadata.${name}`
            });
        };
        slsa = {
            buildType,
            builderId,
            sourceRepository: str(workflow.repository),
            sourceRef: str(workflow.ref),
            sourceCommit: commit,
            startedOn: time('startedOn'),
            finishedOn: time('finishedOn')
        };
    }
    const subjectDigests = new Set(subjects.map(s => s.sha256).filter((d) => d !== null));
    return {
        type: 'build-provenance',
        payloadType: envelope.payloadType,
        signatures,
        statement: { type, predicateType, subjects },
        slsa,
        artifactsInSubjects: manifestArtifacts.map(a => ({
            name: a.name,
            sha256: a.sha256,
            inSubjects: a.sha256 !== null && subjectDigests.has(a.sha256)
        }))
    };
}

const POLICY_INPUT_VERSION = 'update-gate.dev/policy-input/v1';

/** Most "not this product" entries a record lists (the count is always exact). */
const MAX_NOT_THIS_PRODUCT = 50;
/** vers schemes whose versions are SemVer, so a semver product can use their ranges. */
const SEMVER_VERS = new Set(['semver', 'npm', 'golang', 'cargo', 'hex', 'pub']);
const lower = (s) => (s ?? '').toLowerCase();
function identifierLabel(id) {
    if (id.purl)
        return `purl ${id.purl}`;
    if (id.cpe)
        return `cpe ${id.cpe}`;
    if (id.csafProductId)
        return `CSAF product_id ${id.csafProductId}${id.version ? ` (version ${id.version})` : ''}`;
    return `name ${[id.vendor, id.name].filter(Boolean).join(' / ')}${id.ecosystem ? ` (${id.ecosystem})` : ''}`;
}
/** Whether a document's product entry is the product an identifier names. */
function matches(id, p, file) {
    if (id.purl) {
        if (!p.purl)
            return false;
        const a = parsePurl(id.purl, 'update-evidence.yaml', 'scope.identifiers');
        const b = parsePurl(p.purl, file, p.label);
        return a.type === b.type && a.namespace === b.namespace && a.name === b.name;
    }
    if (id.cpe) {
        if (!p.cpe || !p.cpe.startsWith('cpe:2.3:'))
            return false;
        const a = parseCpe23(id.cpe, 'update-evidence.yaml', 'scope.identifiers');
        const b = parseCpe23(p.cpe, file, p.label);
        return (lower(a.part) === lower(b.part) &&
            lower(a.vendor) === lower(b.vendor) &&
            lower(a.product) === lower(b.product));
    }
    if (id.csafProductId)
        return p.productId === id.csafProductId;
    if (id.name) {
        if (p.name !== id.name)
            return false;
        if (id.vendor && p.vendor !== id.vendor)
            return false;
        if (id.ecosystem && p.ecosystem !== id.ecosystem)
            return false;
        return true;
    }
    return false;
}
const sameVersion = (scheme, a, b) => isValidVersion(scheme, a) && isValidVersion(scheme, b)
    ? compareVersions(scheme, a, b) === 0
    : a === b;
/** What a statement says about one version. */
function coverage(s, versions, v, scheme) {
    if (versions.type === 'all')
        return { covered: true, status: s.status };
    if (versions.type === 'list') {
        if (versions.versions.some(x => sameVersion(scheme, x, v)))
            return { covered: true, status: s.status };
        let unsupported = null;
        for (const text of versions.vers) {
            if (!text.startsWith('vers:')) {
                unsupported = `range ${JSON.stringify(text)} is not a vers: range`;
                continue;
            }
            const range = parseVers(text, '', '');
            const compatible = range.scheme === scheme || (scheme === 'semver' && SEMVER_VERS.has(range.scheme));
            if (!compatible) {
                unsupported = `range ${text} is in scheme ${range.scheme}; the product's version scheme is ${scheme}`;
                continue;
            }
            try {
                if (versContains(range, v, scheme))
                    return { covered: true, status: s.status };
            }
            catch (error) {
                unsupported = `range ${text}: ${error instanceof Error ? error.message : String(error)}`;
            }
        }
        return unsupported ? { unsupported } : { covered: false, status: null };
    }
    // OSV: affected in a range or listed; past a fixed / last_affected event: fixed; else not affected.
    if (scheme !== 'semver') {
        return {
            unsupported: `OSV ${versions.rangeType} ranges order versions as SemVer; the product's version scheme is ${scheme}`
        };
    }
    if (!isValidVersion('semver', v))
        return { unsupported: `${v} is not a SemVer version` };
    try {
        const cmp = (a, b) => compareVersions('semver', a, b);
        if (versions.versions.some(x => isValidVersion('semver', x) && cmp(x, v) === 0))
            return { covered: true, status: 'affected' };
        let after = false;
        for (const r of versions.ranges) {
            const fromOk = r.introduced === '0' || cmp(r.introduced, v) <= 0;
            if (!fromOk)
                continue;
            if (r.fixed !== null
                ? cmp(v, r.fixed) < 0
                : r.lastAffected !== null
                    ? cmp(v, r.lastAffected) <= 0
                    : true)
                return { covered: true, status: 'affected' };
            after = true;
        }
        return { covered: true, status: after ? 'fixed' : 'not_affected' };
    }
    catch (error) {
        return { unsupported: error instanceof Error ? error.message : String(error) };
    }
}
function vexRecord(doc, file, scope, scheme) {
    const inScope = new Set(scope.vulnerabilities);
    const statements = [];
    const notThisProduct = new Set();
    const unsupported = doc.unsupported.map(u => ({
        statement: u.pointer,
        vulnerability: u.vulnerability,
        product: u.product,
        reason: u.reason
    }));
    for (const s of doc.statements) {
        const id = scope.identifiers.find(i => matches(i, s.product, file));
        if (!id) {
            notThisProduct.add(s.product.label);
            continue;
        }
        const vulnerability = [s.vulnerability, ...s.aliases].find(v => inScope.has(v));
        if (vulnerability === undefined)
            continue;
        const versions = s.versions.type === 'all' && id.csafProductId && id.version
            ? { type: 'list', versions: [id.version], vers: [] }
            : s.versions;
        const say = (v) => {
            const c = coverage(s, versions, v, scheme);
            if ('unsupported' in c) {
                if (!unsupported.some(u => u.statement === s.pointer && u.reason === c.unsupported))
                    unsupported.push({
                        statement: s.pointer,
                        vulnerability,
                        product: s.product.label,
                        reason: c.unsupported
                    });
                return null;
            }
            return c.covered ? c.status : null;
        };
        statements.push({
            vulnerability,
            statement: s.pointer,
            product: s.product.label,
            identifier: identifierLabel(id),
            status: s.status,
            justification: s.justification,
            allVersions: versions.type === 'all',
            versions: versions.type === 'all' ? [] : versions.versions,
            vers: versions.type === 'list' ? versions.vers : [],
            ranges: versions.type === 'osv' ? versions.ranges : [],
            fromVersion: say(scope.fromVersion),
            toVersion: say(scope.toVersion)
        });
    }
    const names = [...notThisProduct].sort();
    return {
        kind: 'VexDocument',
        format: doc.format,
        document: doc.id,
        versionScheme: scheme,
        statements,
        notThisProduct: names.slice(0, MAX_NOT_THIS_PRODUCT),
        notThisProductCount: names.length,
        unsupported
    };
}

/** Turns a loaded package and trust configuration into the policy input: facts, never verdicts. */
async function artifactFact(ctx, name, file, field) {
    const cached = ctx.artifacts.get(name);
    if (cached)
        return { ...cached };
    const label = `${ctx.pkg.artifactsLabel}/${name}`;
    const real = ctx.pkg.artifactsRoot === null
        ? null
        : await resolveInside(ctx.pkg.artifactsRoot, name, { file, field });
    const fact = real
        ? {
            name,
            file: label,
            present: true,
            ...(await sha256File(real, { file: label, field })),
            matches: false
        }
        : { name, file: label, present: false, size: null, sha256: null, matches: false };
    ctx.artifacts.set(name, fact);
    return { ...fact };
}
async function verifyManifest(ctx, ev, content) {
    const file = ev.file ?? '';
    // The signature is checked on these exact bytes, and the manifest is parsed from the same bytes.
    const signature = signatureFact(content.signature.file, content.bytes, content.signature.text, ctx.trust.keys);
    const raw = parseJson(decodeUtf8(content.bytes, file), file);
    validateOrThrow('update-manifest', raw, file);
    const manifest = raw;
    const artifacts = [];
    const names = new Set();
    for (const [i, a] of manifest.artifacts.entries()) {
        const field = `artifacts[${i}].name`;
        if (names.has(a.name)) {
            throw new GateError('SCHEMA_VIOLATION', `artifact '${clip(a.name, 100)}' appears more than once; must be unique`, { file, field });
        }
        names.add(a.name);
        const fact = await artifactFact(ctx, a.name, file, field);
        fact.matches = fact.present && fact.size === a.size && fact.sha256 === a.sha256;
        artifacts.push(fact);
        if (!ctx.manifestArtifacts.some(m => m.name === a.name)) {
            ctx.manifestArtifacts.push({ name: a.name, sha256: fact.sha256 });
        }
    }
    return {
        type: 'update-manifest',
        manifest: {
            product: manifest.product,
            version: manifest.version,
            artifacts: manifest.artifacts.map(a => ({ name: a.name, size: a.size, sha256: a.sha256 }))
        },
        signatures: [signature],
        artifacts
    };
}
/**
 * The product's version scheme is the trust configuration's (the buyer's), never the package's:
 * an index that claims another is an input error, and so is a version in scope or in an
 * exception that is not valid in the scheme.
 */
function versionSchemeOf(pkg, trust) {
    const product = pkg.facts.scope.product;
    const scheme = (trust.data.products ?? []).find(p => p.id === product)?.versionScheme ?? 'semver';
    if (pkg.claimedVersionScheme !== null && pkg.claimedVersionScheme !== scheme) {
        throw new GateError('SCHEMA_VIOLATION', `claims version scheme ${pkg.claimedVersionScheme}, but the trust configuration declares ${scheme} for product ${product} (the buyer decides how versions compare)`, { file: INDEX_FILE, field: 'scope.versionScheme' });
    }
    const check = (value, field) => {
        if (!isValidVersion(scheme, value)) {
            throw new GateError('SCHEMA_VIOLATION', `must be a ${scheme} version (the version scheme of product ${product}), got ${JSON.stringify(value)}`, { file: INDEX_FILE, field });
        }
    };
    check(pkg.facts.scope.fromVersion, 'scope.fromVersion');
    check(pkg.facts.scope.toVersion, 'scope.toVersion');
    pkg.facts.exceptions.forEach((e, i) => check(e.remainOn, `exceptions[${i}].remainOn`));
    return scheme;
}
/**
 * Computes the policy input for one loaded package. Deterministic: the same package, trust and
 * evaluation time give the same result. Throws GateError only for input errors (a malformed
 * manifest or provenance payload, an artifact path leaving the artifacts directory, a bad
 * evaluation time); a failed signature or a changed artifact is a fact, not an error.
 */
async function verifyPackage(pkg, trust, evaluationTime) {
    const time = normaliseTimestamp(evaluationTime, { field: 'evaluationTime' });
    const ctx = { pkg, trust, artifacts: new Map(), manifestArtifacts: [] };
    const verification = new Map();
    // Manifests first: provenance facts need the manifest artifacts' computed digests.
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'signed-blob')
            verification.set(ev.position, await verifyManifest(ctx, ev, ev.content));
    }
    for (const ev of pkg.evidence) {
        if (ev.content.type === 'dsse') {
            verification.set(ev.position, verifyDsse(ev.content.envelope, ev.file ?? '', trust.keys, ctx.manifestArtifacts));
        }
    }
    const scope = {
        ...pkg.facts.scope,
        versionScheme: versionSchemeOf(pkg, trust),
        identifiers: pkg.facts.scope.identifiers ?? []
    };
    const facts = { ...pkg.facts, scope };
    const evidence = pkg.evidence.map(ev => ({
        id: ev.id,
        kind: ev.kind,
        file: ev.file,
        producer: ev.producer,
        time: ev.time,
        controls: [...ev.controls],
        present: ev.present,
        sha256: ev.sha256,
        statement: ev.statement,
        record: ev.content.type === 'record'
            ? ev.content.record
            : ev.content.type === 'vex'
                ? vexRecord(ev.content.document, ev.file ?? '', scope, scope.versionScheme)
                : null,
        verification: verification.get(ev.position) ?? null
    }));
    const digests = { ...pkg.fileDigests, ...trust.fileDigests };
    for (const a of ctx.artifacts.values())
        if (a.sha256 !== null)
            digests[a.file] = a.sha256;
    const inputDigests = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
        input: { apiVersion: POLICY_INPUT_VERSION, evaluationTime: time, package: facts, evidence },
        data: { trust: trust.data },
        inputDigests
    };
}

/**
 * The pipeline as one call: load -> verify -> evaluate, shared by the CLI and the Action.
 * (Collect is the caller's: the CLI takes a directory, the Action gathers files from GitHub.)
 * `openGate` loads the trust configuration and compiles the policy once; `evaluate` then runs
 * one evidence package through it.
 */
/** The facts about files and signatures the report shows (the policy judges them). */
function summariseEvidence(evidence) {
    const missing = evidence.flatMap(e => e.file !== null && !e.present ? [{ id: e.id, kind: e.kind, file: e.file }] : []);
    const signatures = evidence.flatMap(e => (e.verification?.signatures ?? []).map(s => ({
        evidence: e.id,
        source: s.source.startsWith('envelope#')
            ? `${e.file ?? e.id} (DSSE signature ${s.source.slice('envelope#'.length)})`
            : s.source,
        verified: s.verified,
        keyId: s.keyId,
        reason: s.reason
    })));
    return { missing, signatures };
}
async function openGate(setup) {
    const dataPaths = setup.dataFiles ?? [];
    const dataLabels = dataPaths.map((path, i) => setup.dataLabels?.[i] ?? path);
    const [trust, bundle, dataFiles] = await Promise.all([
        loadTrust(setup.trustFile),
        readPolicy(setup.policy),
        Promise.all(dataPaths.map((path, i) => readDataFile(path, dataLabels[i])))
    ]);
    const policy = await openRunner(bundle, setup.policyTimeoutMs === undefined ? {} : { timeoutMs: setup.policyTimeoutMs });
    const extraData = mergeDataFiles(dataFiles.map(d => d.data));
    const dataDigests = Object.fromEntries(dataLabels.map((label, i) => [`data:${label}`, dataFiles[i].sha256]));
    return {
        evaluate: (packageDir, options = {}) => evaluatePackage(policy, setup.policyLabel ?? policy.name, trust, extraData, dataDigests, packageDir, options),
        close: () => policy.close()
    };
}
async function evaluatePackage(policy, policyName, trust, extraData, dataDigests, packageDir, options) {
    const evaluationTime = normaliseTimestamp(options.evaluationTime ?? new Date().toISOString(), {
        file: 'evaluation time'
    });
    const pkg = await loadPackage(packageDir, options.artifactsDir ? { artifactsDir: options.artifactsDir } : {});
    const verified = await verifyPackage(pkg, trust, evaluationTime);
    const input = {
        ...verified.input,
        ...(options.change ? { change: options.change } : {}),
        ...(options.release ? { release: options.release } : {})
    };
    const result = await policy.evaluate({ ...extraData, ...verified.data }, input);
    const scope = verified.input.package.scope;
    return {
        apiVersion: REPORT_VERSION,
        evaluationTime,
        package: {
            dir: options.label ?? packageDir,
            product: scope.product,
            fromVersion: scope.fromVersion,
            toVersion: scope.toVersion,
            cohort: scope.cohort
        },
        inputDigests: sortKeys({ ...verified.inputDigests, ...dataDigests }),
        policy: { name: policyName, sha256: policy.sha256 },
        evidence: summariseEvidence(verified.input.evidence),
        result
    };
}
const sortKeys = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
/** One package, one call: what the CLI's `evaluate` does. */
async function runGate(options) {
    const gate = await openGate(options);
    try {
        return await gate.evaluate(options.packageDir, options);
    }
    finally {
        await gate.close();
    }
}

/**
 * Where things are in a package index (update-evidence.yaml): the line of each evidence item and
 * of each exception. Reports that point at lines (the Action's annotations, SARIF results) share
 * it. Best effort: an unreadable, oversized or malformed index gives no places, never an error
 * (the load stage has already refused such an index with its own error).
 */
const MAX_INDEX_CHARS = 4 * 1024 * 1024;
/** Places in the index text. */
function indexPlacesOf(text) {
    const places = { evidence: new Map(), exceptions: new Map() };
    if (text.length > MAX_INDEX_CHARS || yamlTextTooDeep(text))
        return places;
    const lineCounter = new distExports.LineCounter();
    const doc = distExports.parseDocument(text, { lineCounter, uniqueKeys: false });
    if (doc.errors.length > 0 || !distExports.isMap(doc.contents))
        return places;
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const items = (key) => {
        const seq = doc.contents.get(key, true);
        return distExports.isSeq(seq) ? seq.items : [];
    };
    for (const item of items('evidence')) {
        if (!distExports.isMap(item))
            continue;
        const id = item.get('id');
        const file = item.get('file');
        const line = lineOf(item);
        if (typeof id === 'string' && line !== undefined && !places.evidence.has(id)) {
            places.evidence.set(id, typeof file === 'string' ? { line, file } : { line });
        }
    }
    for (const item of items('exceptions')) {
        if (!distExports.isMap(item))
            continue;
        const configuration = item.get('configuration');
        const line = lineOf(item);
        if (typeof configuration === 'string' &&
            line !== undefined &&
            !places.exceptions.has(configuration)) {
            places.exceptions.set(configuration, line);
        }
    }
    return places;
}
/**
 * Places in `<packageDir>/update-evidence.yaml`; empty when unreadable. Read like the load stage
 * reads it: inside the package, bounded, a regular file only (a FIFO swapped in cannot block).
 */
async function indexPlaces(packageDir) {
    let text;
    try {
        const root = await realRoot(packageDir);
        const read = await readInside(root, INDEX_FILE, MAX_INDEX_CHARS, { file: INDEX_FILE });
        if (read === null)
            throw new Error('no index');
        text = read.bytes.toString('utf8');
    }
    catch {
        return { evidence: new Map(), exceptions: new Map() };
    }
    return indexPlacesOf(text);
}

const DECISION_LABEL = {
    approve: 'APPROVE: approved for deployment',
    conditional: 'CONDITIONAL: approved for the listed configurations only',
    reject: 'REJECT: not approved for deployment'
};
const DECISION_ICON = {
    approve: '✅',
    conditional: '⚠️',
    reject: '❌'
};
const RESULT_ICON = {
    approved: '✅',
    excluded: '⏸️',
    rejected: '❌',
    pass: '✅',
    fail: '❌',
    gap: '⚠️'
};
const LEVEL_NAME = {
    1: 'supplier assertion',
    2: 'documented process',
    3: 'produced artifact without complete verification',
    4: 'verified',
    5: 'verified and retained'
};

/**
 * Evidence text (messages, ids, reasons) is supplier-controlled: every renderer passes it
 * through one of these before it reaches a terminal or a pull-request comment.
 */
// C0/C1 controls and DEL, except newline and tab: no terminal escape sequences from evidence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function plain(value) {
    return value.replace(CONTROL_CHARACTERS, '');
}
/** `@name` or `@org/team` where GitHub would see a mention (not inside an e-mail address). */
const MENTION = /(^|[^A-Za-z0-9_])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9_.-]+)?)/g;
const escapeInline = (text) => text.replace(/[\\`*_{}[\]()<>#|!~]/g, ch => `\\${ch}`).replace(/&/g, '&amp;');
/**
 * Markdown-safe inline text: no HTML, no links or images, no table breaks, no code spans that
 * swallow the rest of the line, and no @-mentions that would notify people: a mention is shown
 * in a code span (which GitHub does not link), so the text copies exactly as written, with no
 * invisible characters. E-mail addresses are left as they are (GitHub does not mention them).
 */
function inlineMarkdown(value) {
    const text = plain(value).replace(/\r?\n/g, ' ');
    let out = '';
    let last = 0;
    for (const m of text.matchAll(MENTION)) {
        const at = (m.index ?? 0) + (m[1] ?? '').length;
        const name = m[2] ?? '';
        out += `${escapeInline(text.slice(last, at))}\`@${name}\``;
        last = at + 1 + name.length;
    }
    return out + escapeInline(text.slice(last));
}

/** The headline of each decision, for a reader of the comment. */
const DECISION_HEADLINE = {
    approve: 'approved for deployment',
    conditional: 'approved for the listed configurations only',
    reject: 'not approved for deployment'
};
const UTC_TIME = /\b(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z\b/g;
/**
 * Every normalised (UTC) RFC 3339 time in a text shown to the second (`2026-10-06T12:00:00Z`),
 * so times line up in a table; the JSON report keeps every digit.
 */
const fixedTimes = (value) => value.replace(UTC_TIME, '$1Z');
/** Markdown-safe inline text with its times to the second. */
const md = (value) => inlineMarkdown(fixedTimes(value));
const SEVERITY_ORDER$1 = {
    violation: 0,
    gap: 1,
    warning: 2,
    info: 3
};
const cell = (value) => md(value) || '-';
function tableRows(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
        ...rows.map(r => `| ${r.join(' | ')} |`)
    ];
}
/** "level 5, verified and retained (level of the approved scope: reference 5)", said once. */
function maturityLine(r) {
    const name = LEVEL_NAME[r.maturity.level] ?? '';
    // The policy's reason often ends with the level's name; it is not repeated.
    let reason = r.maturity.reason;
    if (name && reason.endsWith(`: ${name}`))
        reason = reason.slice(0, -(name.length + 2));
    if (name && reason === name)
        reason = '';
    return `Evidence maturity: **level ${r.maturity.level}, ${md(name)}**${reason ? ` (${md(reason)})` : ''}.`;
}
function renderMarkdown(report, options = {}) {
    const r = report.result;
    const h = '#'.repeat(options.headingLevel ?? 4);
    const out = [];
    if (options.headline !== false) {
        out.push(`### ${DECISION_ICON[r.decision]} update-gate: ${r.decision}, ${DECISION_HEADLINE[r.decision]}`, '');
    }
    // The summary names product, versions, cohort and scope; its closing maturity level is said
    // once, on the maturity line below.
    const summary = r.summary.replace(new RegExp(`;? ?evidence maturity level ${r.maturity.level}\\.$`), '.');
    // Under the Action's package heading the directory is already named.
    const where = options.headline === false ? '' : `Package: ${md(report.package.dir)}. `;
    out.push(`**${md(summary)}**`, '', `${where}${maturityLine(r)}`);
    out.push('', `${h} Configurations`, '');
    out.push(...tableRows(['Configuration', 'Result', 'Maturity', 'Why'], r.configurations.map(c => [
        md(c.id),
        `${RESULT_ICON[c.result] ?? ''} ${c.result}`,
        String(r.maturity.configurations[c.id]?.level ?? '-'),
        cell(c.reasons.join('; '))
    ])));
    if (r.conditions.length > 0) {
        out.push('', `${h} Conditions`, '');
        out.push(...tableRows(['Exception', 'Configuration', 'Stays on', 'Mitigation', 'Follow-up by', 'Accepted by'], r.conditions.map(c => [
            md(c.id),
            c.configuration ? md(c.configuration) : 'all',
            cell(c.remainOn ?? ''),
            // A condition without an exception's fields (a custom policy's) is its text.
            cell(c.mitigation ?? c.text),
            c.followUpBy ? md(c.followUpBy) : '-',
            cell(c.acceptedBy ?? '')
        ])));
    }
    out.push('', `${h} Verification questions`, '');
    out.push(...tableRows(['Question', 'Answer', 'Why', 'Evidence'], r.questions.map(q => [
        md(q.question),
        `${RESULT_ICON[q.answer] ?? ''} ${q.answer}`,
        cell(q.reasons.join('; ')),
        cell(q.evidence.join(', '))
    ])));
    out.push('', '<details><summary>Controls and findings</summary>', '', `${h} Controls`, '');
    out.push(...tableRows(['Control', 'Result', 'Level', 'Required', 'Why'], r.controls.map(c => [
        md(c.id),
        `${RESULT_ICON[c.result] ?? ''} ${c.result}`,
        String(c.level),
        c.required ? 'yes' : 'no',
        cell(r.maturity.controls[c.id]?.reason ?? '')
    ])));
    if (r.findings.length > 0) {
        out.push('', `${h} Findings`, '');
        const sorted = [...r.findings].sort((a, b) => SEVERITY_ORDER$1[a.severity] - SEVERITY_ORDER$1[b.severity]);
        out.push(...tableRows(['Severity', 'Rule', 'Configuration', 'Finding', 'Evidence'], sorted.map(f => [
            f.severity,
            md(f.rule),
            cell(f.configuration ?? ''),
            md(f.message),
            cell(f.evidence.join(', '))
        ])));
    }
    out.push('', '</details>', '', `<sub>policy ${md(report.policy.name)} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${md(report.evaluationTime)}</sub>`);
    return `${out.join('\n')}\n`;
}

const BLOCKING = new Set(['violation', 'gap']);
/** XML 1.0 text: escaped, with characters XML cannot carry replaced by U+FFFD. */
function xmlText(s) {
    return s
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
const attrs = (a) => Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlText(String(v)).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}"`)
    .join('');
const line = (f) => {
    const where = f.configuration ? ` [${f.configuration}]` : '';
    const evidence = f.evidence.length ? ` (evidence: ${f.evidence.join(', ')})` : '';
    return `${f.severity.toUpperCase()} ${f.rule}${where}: ${f.message}${evidence}`;
};
/** `2026-10-02T10:00:00Z` -> `2026-10-02T10:00:00` (the schema's timestamp has no zone; UTC). */
const timestamp = (t) => t.slice(0, 19);
function renderJunit(report) {
    const r = report.result;
    const controls = [...r.controls.map(c => c.id)];
    for (const f of r.findings)
        if (!controls.includes(f.control))
            controls.push(f.control);
    const configurations = r.configurations.map(c => c.id);
    const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
    out.push('<testsuites>');
    for (const [i, control] of controls.entries()) {
        const findings = r.findings.filter(f => f.control === control);
        const blocking = findings.filter(f => BLOCKING.has(f.severity));
        const cases = configurations.map(id => ({
            id,
            failing: blocking.filter(f => f.configuration === undefined || f.configuration === id)
        }));
        const meta = r.controls.find(c => c.id === control);
        out.push(`  <testsuite${attrs({
            name: control,
            timestamp: timestamp(report.evaluationTime),
            hostname: 'localhost',
            tests: cases.length,
            failures: cases.filter(c => c.failing.length > 0).length,
            errors: 0,
            skipped: 0,
            time: 0,
            package: 'update-gate',
            id: i
        })}>`);
        out.push('    <properties>');
        const props = [
            ['decision', r.decision],
            ['product', report.package.product],
            ['fromVersion', report.package.fromVersion],
            ['toVersion', report.package.toVersion],
            ['cohort', report.package.cohort],
            ['evaluationTime', report.evaluationTime],
            ['policy', `${report.policy.name} sha256:${report.policy.sha256}`],
            ...(meta
                ? [
                    ['result', meta.result],
                    ['level', String(meta.level)],
                    ['required', String(meta.required)]
                ]
                : [])
        ];
        for (const [name, value] of props)
            out.push(`      <property${attrs({ name, value })}/>`);
        out.push('    </properties>');
        for (const c of cases) {
            const head = `    <testcase${attrs({ name: `${control} on ${c.id}`, classname: `update-gate.${control}`, time: 0 })}`;
            if (c.failing.length === 0) {
                out.push(`${head}/>`);
                continue;
            }
            const first = c.failing[0];
            out.push(`${head}>`);
            out.push(`      <failure${attrs({ message: first.message, type: first.rule })}>${xmlText(c.failing.map(line).join('\n'))}</failure>`);
            out.push('    </testcase>');
        }
        const other = findings.filter(f => !BLOCKING.has(f.severity));
        out.push(`    <system-out>${xmlText(other.map(line).join('\n'))}</system-out>`);
        out.push('    <system-err></system-err>');
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return `${out.join('\n')}\n`;
}

const RULE_CATALOG = {
    "affected_versions.contradiction": {
        "title": "Documents contradict each other",
        "description": "Two statements (in one document or in two) disagree about one vulnerability and version: one says affected, the other fixed or not affected. A contradiction is a violation, never resolved by taking the last one.",
        "control": "affected-versions"
    },
    "affected_versions.from_version_not_affected": {
        "title": "From-version not affected",
        "description": "The version being replaced is not in any affected range, so the mapping does not explain the update.",
        "control": "affected-versions"
    },
    "affected_versions.invalid_version": {
        "title": "Invalid version",
        "description": "A version in scope or in a range is not a valid semantic version.",
        "control": "affected-versions"
    },
    "affected_versions.justification_missing": {
        "title": "Not affected without justification",
        "description": "A document says the target version is not affected but gives no justification or impact statement.",
        "control": "affected-versions"
    },
    "affected_versions.missing": {
        "title": "Mapping missing",
        "description": "No affected-versions record in the package.",
        "control": "affected-versions"
    },
    "affected_versions.not_this_product": {
        "title": "Not this product",
        "description": "Entries of a supplier document that match no scope identifier are ignored; they are listed for the reviewer.",
        "control": "affected-versions"
    },
    "affected_versions.product_mismatch": {
        "title": "Mapping for another product",
        "description": "The record names a product other than the one in scope.",
        "control": "affected-versions"
    },
    "affected_versions.range_unsupported": {
        "title": "Range not evaluated",
        "description": "A range the gate cannot evaluate (OSV GIT ranges, ecosystems that do not order as SemVer, a range in another version scheme) is reported, never guessed.",
        "control": "affected-versions"
    },
    "affected_versions.record_missing": {
        "title": "Vulnerability record missing",
        "description": "An entry does not name its vulnerability record.",
        "control": "affected-versions"
    },
    "affected_versions.to_version_affected": {
        "title": "To-version affected",
        "description": "The target version is still in an affected range, or before the fixed-in version.",
        "control": "affected-versions"
    },
    "affected_versions.to_version_not_covered": {
        "title": "To-version not covered",
        "description": "Supplier documents cover the vulnerability for this product but none says anything about the target version, so it is not shown fixed.",
        "control": "affected-versions"
    },
    "affected_versions.vulnerability_unmapped": {
        "title": "Vulnerability not mapped",
        "description": "A vulnerability in scope has no entry in the mapping.",
        "control": "affected-versions"
    },
    "approval.after_signing": {
        "title": "Approved after signing",
        "description": "An approval is not strictly before every signing time.",
        "control": "approval"
    },
    "approval.approver_is_builder": {
        "title": "Approver built",
        "description": "Separation of duties - an approver produced the build provenance.",
        "control": "approval"
    },
    "approval.approver_is_signer": {
        "title": "Approver signed",
        "description": "Separation of duties - an approver is also the signer.",
        "control": "approval"
    },
    "approval.approver_unauthorized": {
        "title": "Approver not authorized",
        "description": "An approval by someone who is not a release approver in the trust configuration; it does not count.",
        "control": "approval"
    },
    "approval.artifacts_mismatch": {
        "title": "Approved artifacts differ",
        "description": "The approved artifacts (name and sha256) are not exactly the signed manifest's artifacts.",
        "control": "approval"
    },
    "approval.artifacts_unbound": {
        "title": "Approval not bound to artifacts",
        "description": "No signed manifest to bind the approved artifacts to.",
        "control": "approval"
    },
    "approval.deployed_before_approval": {
        "title": "Deployed before approval",
        "description": "A deployment of the target version is not after an approval.",
        "control": "approval"
    },
    "approval.deployed_before_signing": {
        "title": "Deployed before signing",
        "description": "A deployment of the target version is not strictly after every signing time.",
        "control": "approval"
    },
    "approval.insufficient_approvals": {
        "title": "Not enough items",
        "description": "Fewer distinct authorized approvers than the effective requirements.requiredApprovals.",
        "control": "approval"
    },
    "approval.missing": {
        "title": "Approval missing",
        "description": "No release-approval record in the package.",
        "control": "approval"
    },
    "approval.product_mismatch": {
        "title": "Approval for another product",
        "description": "The record names a product other than the one in scope.",
        "control": "approval"
    },
    "approval.rejected": {
        "title": "Approver rejected",
        "description": "An authorized approver recorded a rejection.",
        "control": "approval"
    },
    "approval.signing_time_unknown": {
        "title": "Signing time unknown",
        "description": "No signing-event record, so approval-before-signing cannot be checked.",
        "control": "approval"
    },
    "approval.version_mismatch": {
        "title": "Approval for another version",
        "description": "The record names a version other than the target version.",
        "control": "approval"
    },
    "change.gate_configuration_modified": {
        "title": "Findings",
        "description": "One violation per gate configuration file the change modifies.",
        "control": "change"
    },
    "notification.cohort_missing": {
        "title": "Cohort not covered",
        "description": "The notification does not cover the cohort in scope.",
        "control": "notification"
    },
    "notification.configuration_missing": {
        "title": "Configuration not covered",
        "description": "The notification does not cover a configuration in scope.",
        "control": "notification"
    },
    "notification.missing": {
        "title": "Notification missing",
        "description": "No customer notification in the package.",
        "control": "notification"
    },
    "notification.not_sent": {
        "title": "Notification status",
        "description": "The notification is a draft or approved, not yet sent; recorded for the reviewer.",
        "control": "notification"
    },
    "notification.product_mismatch": {
        "title": "Notification for another product",
        "description": "The notification names a product other than the one in scope.",
        "control": "notification"
    },
    "notification.text_missing": {
        "title": "Notification text missing",
        "description": "The notification has no text for operators.",
        "control": "notification"
    },
    "notification.vulnerability_missing": {
        "title": "Vulnerability not covered",
        "description": "The notification does not cover a vulnerability in scope.",
        "control": "notification"
    },
    "provenance.artifact_not_in_subjects": {
        "title": "Artifact not in subjects",
        "description": "A manifest artifact's computed digest is not among the provenance subjects.",
        "control": "provenance"
    },
    "provenance.builder_untrusted": {
        "title": "Builder not trusted",
        "description": "The SLSA builder id is not in data.trust.builders.",
        "control": "provenance"
    },
    "provenance.key_unauthorized": {
        "title": "Key not authorized for provenance",
        "description": "The verifying key is unknown, revoked, not for build-provenance or not for this product.",
        "control": "provenance"
    },
    "provenance.missing": {
        "title": "Provenance missing",
        "description": "No build provenance in the package.",
        "control": "provenance"
    },
    "provenance.predicate_type": {
        "title": "Not SLSA Provenance v1",
        "description": "The statement's predicate is not SLSA Provenance v1.",
        "control": "provenance"
    },
    "provenance.signature_unverified": {
        "title": "Signature not verified",
        "description": "No trusted key verifies the envelope.",
        "control": "provenance"
    },
    "provenance.subjects_unchecked": {
        "title": "No artifacts to check",
        "description": "There is no manifest artifact to look up among the subjects.",
        "control": "provenance"
    },
    "provenance.unverifiable": {
        "title": "Provenance not verifiable",
        "description": "A build-provenance item whose envelope could not be read.",
        "control": "provenance"
    },
    "retention.deployment_failed": {
        "title": "Deployment failed",
        "description": "A retained deployment of the target version failed or was rolled back.",
        "control": "retention"
    },
    "retention.deployment_records_missing": {
        "title": "No deployment records",
        "description": "No deployment records; level 5 needs them.",
        "control": "retention"
    },
    "retention.exception_acceptor_unauthorized": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_expired": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_gap_unlisted": {
        "title": "Exception without known gap",
        "description": "An excepted configuration is not listed in the known gaps.",
        "control": "retention"
    },
    "retention.exception_incomplete": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_mitigation_missing": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_remain_on_invalid": {
        "title": "Exception problems",
        "description": "Why each exception is invalid, by exception id; an exception with no problem is valid.",
        "control": "retention"
    },
    "retention.exception_unknown_configuration": {
        "title": "Exception for unknown configuration",
        "description": "An exception names a configuration that is not in scope.",
        "control": "retention"
    },
    "retention.known_gap": {
        "title": "Known gap",
        "description": "A known gap the supplier lists, recorded for the reviewer.",
        "control": "retention"
    },
    "retention.location_missing": {
        "title": "Retention missing",
        "description": "The package names no retention owner or no retention location.",
        "control": "retention"
    },
    "retention.owner_missing": {
        "title": "Retention missing",
        "description": "The package names no retention owner or no retention location.",
        "control": "retention"
    },
    "rollback_recovery.conditions_missing": {
        "title": "Rollback conditions missing",
        "description": "The test record documents no rollback condition.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.hardware_mismatch": {
        "title": "Test on other hardware",
        "description": "A result for a configuration ran on hardware other than the configuration's.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.procedure_missing": {
        "title": "Recovery procedure missing",
        "description": "No recovery-procedure document; tests alone do not tell operators what to do.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.recovery_test_failed": {
        "title": "Test failed",
        "description": "A rollback or recovery test failed on the configuration (rollback_recovery.rollback_test_failed, rollback_recovery.recovery_test_failed).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.recovery_test_missing": {
        "title": "Test missing or not run",
        "description": "No passed rollback or recovery test on the configuration's hardware (rollback_recovery.rollback_test_missing, rollback_recovery.recovery_test_missing).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.rollback_test_failed": {
        "title": "Test failed",
        "description": "A rollback or recovery test failed on the configuration (rollback_recovery.rollback_test_failed, rollback_recovery.recovery_test_failed).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.rollback_test_missing": {
        "title": "Test missing or not run",
        "description": "No passed rollback or recovery test on the configuration's hardware (rollback_recovery.rollback_test_missing, rollback_recovery.recovery_test_missing).",
        "control": "rollback-recovery"
    },
    "rollback_recovery.scope_mismatch": {
        "title": "Tests for another update",
        "description": "The test record names another product, from-version or to-version.",
        "control": "rollback-recovery"
    },
    "rollback_recovery.tests_missing": {
        "title": "Tests missing",
        "description": "No rollback and recovery test record in the package.",
        "control": "rollback-recovery"
    },
    "signing.artifact_digest_mismatch": {
        "title": "Artifact digest mismatch",
        "description": "An artifact's computed size or digest differs from the signed one.",
        "control": "signing"
    },
    "signing.artifact_missing": {
        "title": "Artifact missing",
        "description": "An artifact named in the manifest is not in the package.",
        "control": "signing"
    },
    "signing.key_not_valid_at_signing": {
        "title": "Key not valid at signing time",
        "description": "The signing time is outside the key's [validFrom, validUntil].",
        "control": "signing"
    },
    "signing.key_product": {
        "title": "Key for another product",
        "description": "The key is not authorized for the product in scope.",
        "control": "signing"
    },
    "signing.key_revoked": {
        "title": "Key revoked",
        "description": "The key is revoked. A revoked key is never trusted: revocation before signing means the signature was made with a withdrawn key, revocation after signing means the key may have been compromised when it signed, and the gate cannot tell the two apart from the signature.",
        "control": "signing"
    },
    "signing.key_unknown": {
        "title": "Unknown key",
        "description": "A signature names a key that is not in the trust configuration.",
        "control": "signing"
    },
    "signing.key_usage": {
        "title": "Key not for update manifests",
        "description": "The key's usage does not include update-manifest.",
        "control": "signing"
    },
    "signing.key_version": {
        "title": "Key not for this version",
        "description": "The version in scope is outside the key's [minVersion, maxVersion].",
        "control": "signing"
    },
    "signing.manifest_empty": {
        "title": "Manifest without artifacts",
        "description": "The signed manifest lists no artifact.",
        "control": "signing"
    },
    "signing.manifest_missing": {
        "title": "Manifest missing",
        "description": "No update manifest in the package.",
        "control": "signing"
    },
    "signing.manifest_product_mismatch": {
        "title": "Manifest for another product",
        "description": "The signed manifest names a product other than the one in scope.",
        "control": "signing"
    },
    "signing.manifest_unverifiable": {
        "title": "Manifest not verifiable",
        "description": "An update-manifest item whose file or signature could not be read.",
        "control": "signing"
    },
    "signing.manifest_version_mismatch": {
        "title": "Manifest for another version",
        "description": "The signed manifest names a version other than the target version in scope.",
        "control": "signing"
    },
    "signing.signature_extra_unverified": {
        "title": "Extra unverified signature",
        "description": "The manifest carries a signature no trusted key verifies besides a verified one.",
        "control": "signing"
    },
    "signing.signature_unverified": {
        "title": "Signature not verified",
        "description": "No trusted key verifies any signature of the manifest.",
        "control": "signing"
    },
    "signing.signing_event_key_mismatch": {
        "title": "Signing event names another key",
        "description": "The signing event's key is not a key that verified the manifest signature.",
        "control": "signing"
    },
    "signing.signing_event_missing": {
        "title": "Signing event missing",
        "description": "No signing-event record for the manifest, so the signing time is unknown.",
        "control": "signing"
    }
};

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = {
    violation: 'error',
    gap: 'warning',
    warning: 'note',
    info: 'note'
};
function ruleInfo(rule, control) {
    return (RULE_CATALOG[rule] ?? {
        title: rule,
        description: `Finding ${rule} of the ${control} control (a rule without METADATA in the built-in policy).`,
        control
    });
}
/** Path segments as a URI reference (spaces and other reserved characters escaped). */
function uriOf(path) {
    return path
        .split('/')
        .map(s => encodeURIComponent(s))
        .join('/');
}
/**
 * `decision` overrides the worst package decision (the Action passes its run decision, which is
 * `error` when a package could not be judged).
 */
function renderSarif(packages, toolVersion, decision) {
    const ruleIds = [
        ...new Set(packages.flatMap(p => p.report.result.findings.map(f => f.rule)))
    ].sort();
    const controlOf = new Map();
    for (const p of packages)
        for (const f of p.report.result.findings)
            controlOf.set(f.rule, f.control);
    const rules = ruleIds.map(id => {
        const info = ruleInfo(id, controlOf.get(id) ?? 'unknown');
        return {
            id,
            name: info.title,
            shortDescription: { text: info.title },
            fullDescription: { text: info.description },
            properties: { control: info.control }
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const results = packages.flatMap(p => p.report.result.findings.map(f => {
        const line = f.evidence.map(id => p.places.evidence.get(id)?.line).find(l => l !== undefined);
        const where = f.configuration ? ` [${f.configuration}]` : '';
        return {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: `${f.message}${where}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: p.indexUri },
                        ...(line !== undefined ? { region: { startLine: line } } : {})
                    }
                }
            ],
            properties: {
                severity: f.severity,
                control: f.control,
                evidence: f.evidence,
                ...(f.configuration ? { configuration: f.configuration } : {})
            }
        };
    }));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'update-gate',
                        version: toolVersion,
                        rules
                    }
                },
                results,
                properties: {
                    packages: packages.map(p => ({
                        index: p.indexUri,
                        product: p.report.package.product,
                        fromVersion: p.report.package.fromVersion,
                        toVersion: p.report.package.toVersion,
                        decision: p.report.result.decision,
                        summary: p.report.result.summary,
                        maturity: p.report.result.maturity.level,
                        evaluationTime: p.report.evaluationTime,
                        policy: p.report.policy
                    })),
                    decision: worst(packages.map(p => p.report.result.decision))
                }
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
const ORDER = ['approve', 'conditional', 'reject'];
function worst(decisions) {
    if (decisions.length === 0)
        return 'none';
    return ORDER[Math.max(...decisions.map(d => ORDER.indexOf(d)))];
}

/**
 * One result, several formats (as conftest does): `text` for a terminal, `markdown` for the job
 * summary and the pull-request comment, `json` for the record to retain, `sarif` for code
 * scanning (src/report/sarif.ts) and `junit` for CI test tabs (src/report/junit.ts).
 */
const REPORT_FORMATS = [
    'text',
    'markdown',
    'json',
    'sarif',
    'junit'
];
/** The package's update-evidence.yaml as a URI reference, from the directory the report names. */
function indexUriOf(dir) {
    const file = posix.join(dir.replace(/\\/g, '/'), INDEX_FILE);
    return isAbsolute(dir) ? pathToFileURL(file).href : uriOf(file);
}
function renderReport(report, format, context = {}) {
    switch (format) {
        case 'sarif':
            return renderSarif([
                {
                    report,
                    places: context.places ?? { evidence: new Map(), exceptions: new Map() },
                    indexUri: indexUriOf(report.package.dir)
                }
            ], context.toolVersion ?? '0.1.0');
        case 'junit':
            return renderJunit(report);
        case 'json':
            return renderJson(report);
        case 'markdown':
            return renderMarkdown(report);
        case 'text':
            return renderText(report);
    }
}
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const SEVERITY_ORDER = {
    violation: 0,
    gap: 1,
    warning: 2,
    info: 3
};
/** Findings most severe first; the policy's own order within a severity. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
function scopeLine(report) {
    const p = report.package;
    return `${p.product} ${p.fromVersion} -> ${p.toVersion}, cohort ${p.cohort}`;
}
function footer(report) {
    return `policy ${report.policy.name} (sha256:${report.policy.sha256.slice(0, 12)}), evaluated at ${report.evaluationTime}`;
}
function table(rows) {
    const widths = rows[0].map((_, col) => Math.max(...rows.map(row => row[col].length)));
    return rows.map(row => row
        .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col])))
        .join('  ')
        .trimEnd());
}
/** The verify stage's facts a supplier acts on: each signature's result, each missing file. */
function evidenceLines(report) {
    const { signatures, missing } = report.evidence;
    const lines = signatures.map(s => plain(s.verified
        ? `  ${s.source}: verified by key ${s.keyId}`
        : `  ${s.source}: NOT verified: ${s.reason ?? 'no reason given'}`));
    if (signatures.length === 0)
        lines.push('  no signature in the package');
    for (const m of missing)
        lines.push(plain(`  MISSING ${m.file}: evidence '${m.id}' (kind ${m.kind}) is listed in update-evidence.yaml but the file is not in the package; add it (example docs/evidence-format.md#${m.kind}) or remove the item`));
    return lines;
}
function renderText(report) {
    const r = report.result;
    const lines = [];
    lines.push(`update-gate: ${DECISION_LABEL[r.decision]}`);
    lines.push(`${plain(scopeLine(report))} (${plain(report.package.dir)})`);
    lines.push(plain(r.summary), '');
    lines.push(`Evidence maturity: level ${r.maturity.level} (${LEVEL_NAME[r.maturity.level]})`);
    lines.push(`  ${plain(r.maturity.reason)}`, '');
    lines.push('Configurations');
    const configRows = r.configurations.map(c => [
        c.id,
        c.result,
        c.exception ?? '-',
        String(r.maturity.configurations[c.id]?.level ?? '-'),
        c.reasons.join('; ') || '-'
    ]);
    lines.push(...table([['ID', 'RESULT', 'EXCEPTION', 'LEVEL', 'WHY'], ...configRows]).map(l => `  ${plain(l)}`), '');
    lines.push('Verification questions');
    for (const q of r.questions) {
        lines.push(`  [${q.answer}] ${q.question}`);
        for (const reason of q.reasons)
            lines.push(`         ${plain(reason)}`);
        if (q.evidence.length > 0)
            lines.push(`         evidence: ${plain(q.evidence.join(', '))}`);
    }
    lines.push('', 'Signatures and files', ...evidenceLines(report), '', 'Controls');
    const controlRows = r.controls.map(c => [
        c.id,
        c.result,
        `level ${c.level}`,
        c.required ? 'required' : 'optional',
        r.maturity.controls[c.id]?.reason ?? ''
    ]);
    lines.push(...table(controlRows.length ? controlRows : [['(none)']]).map(l => `  ${plain(l)}`));
    if (r.conditions.length > 0) {
        lines.push('', 'Conditions');
        for (const c of r.conditions) {
            const where = c.configuration ? ` (${c.configuration})` : '';
            lines.push(plain(`  - ${c.id}${where}: ${c.text}`));
        }
    }
    if (r.findings.length > 0) {
        lines.push('', 'Findings');
        for (const f of bySeverity(r.findings)) {
            const where = f.configuration ? ` [${f.configuration}]` : '';
            const evidence = f.evidence.length ? ` (evidence: ${f.evidence.join(', ')})` : '';
            lines.push(plain(`  ${f.severity.toUpperCase()} ${f.rule}${where}: ${f.message}${evidence}`));
        }
    }
    lines.push('', footer(report));
    return `${lines.join('\n')}\n`;
}

const FAIL_ON = ['reject', 'conditional', 'never'];
/**
 * Whether a decision fails the gate at the chosen threshold. `error` always fails; `none` (the
 * Action found no package to gate) never does.
 */
function failsGate(decision, failOn) {
    if (decision === 'error')
        return true;
    if (failOn === 'never')
        return false;
    if (decision === 'reject')
        return true;
    return failOn === 'conditional' && decision === 'conditional';
}

/**
 * `update-gate policy init|build|test`: a team's way from an empty folder to a tested custom
 * package, with the exact build and capabilities the gate itself uses.
 */
/** A team name is the last segment of its package path: update_gate.custom.<team>. */
const TEAM_NAME = /^[a-z][a-z0-9_]*$/;
const PLACEHOLDER = /__TEAM__/g;
const OPA_TEST_TIMEOUT_MS = 300_000;
/** The team name `policy init` derives from a directory name: `ot-security` -> `ot_security`. */
function teamFromDir(dir) {
    const name = basename(resolve(dir))
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^[^a-z]+/, '');
    return name || 'team';
}
async function exists$1(path) {
    try {
        await stat(path);
        return true;
    }
    catch {
        return false;
    }
}
async function filesUnder(dir) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile())
        .map(e => relative(dir, join(e.parentPath, e.name)))
        .sort();
}
/**
 * Copies the scaffold shipped in dist/policy/template (and the input and output schemas) into
 * `dir`, naming the package after the team. Never overwrites a file.
 */
async function initPolicy(dir, team) {
    if (!TEAM_NAME.test(team)) {
        throw new GateError('USAGE', `team name ${JSON.stringify(team)} must match ${TEAM_NAME.source} (it names package update_gate.custom.<team>)`);
    }
    const shipped = builtInPolicyDir();
    const copies = [];
    for (const file of await filesUnder(join(shipped, 'template'))) {
        copies.push({ from: join(shipped, 'template', file), to: file, substitute: true });
    }
    for (const file of await filesUnder(join(shipped, 'schemas'))) {
        copies.push({
            from: join(shipped, 'schemas', file),
            to: join('schemas', file),
            substitute: false
        });
    }
    if (copies.length === 0) {
        throw new GateError('POLICY_LOAD', 'the policy template is missing; run npm run build', {
            file: shipped
        });
    }
    const clashes = [];
    for (const c of copies)
        if (await exists$1(join(dir, c.to)))
            clashes.push(c.to);
    if (clashes.length > 0) {
        throw new GateError('USAGE', `would overwrite ${clashes.join(', ')}; choose an empty directory`, {
            file: dir
        });
    }
    const rename = (name) => name.replace(/^policy(_test)?\.rego$/, `${team}$1.rego`);
    const written = [];
    for (const c of copies) {
        const to = join(dir, rename(c.to));
        await mkdir(resolve(to, '..'), { recursive: true });
        if (c.substitute)
            await writeFile(to, (await readFile(c.from, 'utf8')).replace(PLACEHOLDER, team));
        else
            await copyFile(c.from, to);
        written.push(relative(dir, to));
    }
    return written;
}
/** `opa build -t wasm` exactly as the gate runs it for `--policy <dir>`. */
async function buildPolicy(dir, output) {
    await buildRegoDirectory(resolve(dir), resolve(output));
    return (await replacesBuiltIn(resolve(dir)))
        ? 'replaces the built-in policy'
        : 'extends the built-in policy';
}
/**
 * `opa test` with the gate's capabilities, the built-in sources (when extending) and the seed
 * fixtures. Resolves to opa's output and whether every test passed; a policy opa cannot load
 * (syntax, capabilities) is a GateError.
 */
async function testPolicy(dir, options = {}) {
    const extra = [
        ...(options.verbose ? ['--verbose'] : []),
        ...(options.coverage ? ['--coverage'] : [])
    ];
    const args = await opaTestArgs(resolve(dir), extra);
    // opa test exits 2 when tests fail (an answer) and 1 when it cannot load the policy (an error).
    const { stdout, stderr, code } = await runOpa(args, {
        file: dir,
        timeoutMs: OPA_TEST_TIMEOUT_MS,
        accept: [2],
        purpose: 'the policy cannot be tested',
        hint: INSTALL_OPA
    });
    return { passed: code === 0, output: stdout + stderr };
}

/**
 * Signing keys for `update-gate package sign`: PEM private keys (PKCS#8 `PRIVATE KEY`, SEC1
 * `EC PRIVATE KEY`, or `ENCRYPTED PRIVATE KEY` with UPDATE_GATE_KEY_PASSWORD), ECDSA P-256 or
 * Ed25519. The private key never leaves this process; only signatures and the public half are
 * written.
 */
const KEY_PASSWORD_ENV = 'UPDATE_GATE_KEY_PASSWORD';
/** Parses a PEM private key; INVALID_KEY naming the file and what is accepted otherwise. */
function parsePrivateKey(pem, file) {
    const where = { file };
    if (/SIGSTORE PRIVATE KEY|COSIGN PRIVATE KEY/.test(pem)) {
        throw new GateError('INVALID_KEY', `a cosign-encrypted key is not read here; give a PEM private key (PKCS#8), e.g. ` +
            '`openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out release.key`, ' +
            'or sign with cosign itself (docs/supplier-guide.md#signing-with-cosign-or-openssl)', where);
    }
    if (/-----BEGIN PUBLIC KEY-----/.test(pem) && !/PRIVATE KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', 'this is a public key; signing needs the private key (-----BEGIN PRIVATE KEY-----)', where);
    }
    if (!/-----BEGIN (ENCRYPTED |EC )?PRIVATE KEY-----/.test(pem)) {
        throw new GateError('INVALID_KEY', 'not a PEM private key: expected -----BEGIN PRIVATE KEY----- (PKCS#8) or -----BEGIN EC PRIVATE KEY-----', where);
    }
    const encrypted = /-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem);
    const passphrase = process.env[KEY_PASSWORD_ENV];
    if (encrypted && !passphrase) {
        throw new GateError('INVALID_KEY', `the private key is encrypted; set ${KEY_PASSWORD_ENV} to its password`, where);
    }
    let privateKey;
    try {
        privateKey = createPrivateKey(encrypted ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' });
    }
    catch (error) {
        throw new GateError('INVALID_KEY', `not a valid PEM private key${encrypted ? ` (or ${KEY_PASSWORD_ENV} is wrong)` : ''}: ${messageOf(error)}`, where);
    }
    const type = privateKey.asymmetricKeyType;
    const curve = privateKey.asymmetricKeyDetails?.namedCurve;
    let algorithm;
    if (type === 'ed25519')
        algorithm = 'ed25519';
    else if (type === 'ec' && curve === 'prime256v1')
        algorithm = 'ecdsa-p256-sha256';
    else {
        throw new GateError('INVALID_KEY', `unsupported key type ${type}${curve ? ` (curve ${curve})` : ''}; use ECDSA P-256 or Ed25519`, where);
    }
    const publicKey = createPublicKey(privateKey);
    return {
        privateKey,
        publicKey,
        algorithm,
        fingerprint: keyFingerprint(publicKey),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
    };
}
async function readPrivateKey(file) {
    let pem;
    try {
        pem = await readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new GateError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', code === 'ENOENT'
            ? 'key file does not exist; give the PEM private key with --key <file>'
            : `cannot read the key file: ${messageOf(error)}`, { file, field: '--key' });
    }
    return parsePrivateKey(pem, file);
}

/**
 * Signatures as the gate verifies them:
 * - a detached blob signature as `cosign sign-blob --key` writes it: base64 of an ECDSA
 *   P-256/SHA-256 ASN.1 DER signature (or an Ed25519 signature) over the exact file bytes;
 * - a DSSE envelope (https://github.com/secure-systems-lab/dsse/blob/master/protocol.md): the
 *   signature is over PAE(payloadType, payload), never over the payload alone.
 */
const hashOf = (key) => (key.algorithm === 'ed25519' ? null : 'sha256');
/** `cosign sign-blob --key` output: base64, no newline (cosign writes none either). */
function signBlob(bytes, key) {
    return sign(hashOf(key), bytes, key.privateKey).toString('base64');
}
/** A DSSE envelope over `payload` (the statement's exact bytes), signed over the PAE. */
function signDsse(payload, key, keyid, payloadType = IN_TOTO_PAYLOAD_TYPE) {
    const sig = sign(hashOf(key), pae(payloadType, payload), key.privateKey).toString('base64');
    return {
        payloadType,
        payload: Buffer.from(payload).toString('base64'),
        signatures: [{ keyid, sig }]
    };
}

/** The package version (test/package-cli.test.ts checks it equals package.json's). */
const VERSION = '0.1.0';

/**
 * Where messages send people: the docs (shipped in the npm package under docs/) and the JSON
 * Schemas at a URL that works outside this repository (the published package's files).
 */
/** Published with the npm package; any npm CDN serves the same path. */
const SCHEMA_BASE = `https://unpkg.com/update-gate@${VERSION}/schemas`;
const schemaUrl = (name) => `${SCHEMA_BASE}/${name}.schema.json`;
const DOCS = {
    index: 'docs/evidence-format.md#index-update-evidenceyaml',
    records: 'docs/evidence-format.md#record-examples'};

/**
 * `update-gate package init|manifest|sign`: a supplier's way from an empty folder to a signed
 * evidence package. Authoring tools: they write files the run-time pipeline later reads, and use
 * the same parsing, schemas and signature formats, never a second definition of them.
 */
const MANIFEST_FILE = 'manifest.json';
const SIGNATURE_FILE = 'manifest.json.sig';
const PROVENANCE_FILE = 'provenance.dsse.json';
const ARTIFACTS_DIR = 'artifacts';
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
async function exists(file) {
    try {
        await stat(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Writes a new file; never overwrites one unless `overwrite`. */
async function writeNew(file, content, overwrite = false) {
    if (!overwrite && (await exists(file))) {
        throw new GateError('USAGE', 'already exists; package init never overwrites a file (remove it or use another directory)', { file });
    }
    try {
        await writeFile(file, content);
    }
    catch (error) {
        throw new GateError('FILE_UNREADABLE', `cannot write: ${messageOf(error)}`, { file });
    }
}
function checkInit(options) {
    for (const [flag, value] of [
        ['--from', options.fromVersion],
        ['--to', options.toVersion]
    ]) {
        if (!SEMVER.test(value))
            throw new GateError('USAGE', `'${value}' is not a version; expected MAJOR.MINOR.PATCH such as 5.4.3`, { field: flag });
    }
    const configurations = (options.configurations ?? ['default=unspecified']).map(pair => {
        const at = pair.indexOf('=');
        const id = at < 0 ? pair : pair.slice(0, at);
        const hardware = at < 0 ? '' : pair.slice(at + 1);
        if (!ID.test(id) || hardware === '')
            throw new GateError('USAGE', `'${pair}' is not id=hardware (e.g. reference=IC-22-REF-C; the id is letters, digits, . _ -)`, { field: '--configuration' });
        return { id, hardware };
    });
    return configurations;
}
const q = (value) => JSON.stringify(value);
/** The index `package init` writes: every section, each with a comment on what belongs there. */
function indexTemplate(options) {
    const configurations = checkInit(options);
    const vulns = options.vulnerabilities ?? [];
    const cohort = options.cohort ?? 'all';
    const p = options.product;
    return `# yaml-language-server: $schema=${schemaUrl('update-evidence')}
# Evidence package index (${DOCS.index}).
# Written by \`update-gate package init\`; check it with \`update-gate package check <dir>\`.
apiVersion: update-gate.dev/v1
kind: UpdateEvidence
# The decision this package supports, in one sentence.
decisionSupported: ${q(`Approve ${p} ${options.toVersion} for deployment to cohort ${cohort}`)}
# Threats the update process addresses (free text ids).
threats: [unauthorized-update, incomplete-rollback, untested-recovery, unresolved-affected-version-mapping]
# Controls of the update process (free text ids).
controls: [update-approval-workflow, update-eligibility-check, update-signing, installation-and-rollback-recording]
scope:
  product: ${q(p)}
  fromVersion: ${options.fromVersion}
  toVersion: ${options.toVersion}
  cohort: ${q(cohort)}
  # Every device configuration in scope; each needs its own rollback and recovery test results.
  configurations:
${configurations.map(c => `    - { id: ${q(c.id)}, name: ${q(c.id)}, hardware: ${q(c.hardware)} }`).join('\n')}
  # Vulnerability ids the update fixes; each needs an affected-versions mapping.
  vulnerabilities: [${vulns.map(q).join(', ')}]
# Who produced the evidence (ids are e-mail addresses or other stable ids).
producers:
  - { id: release-manager@supplier.example, name: Release manager, role: release-manager }
# Who consumes it (the buyer's people).
consumers: []
verificationMethod: [release-approval, signature-validity, key-authorization, affected-version-mapping, rollback-recovery-tests, notification-scope]
# The evidence items. A listed file that is not there yet is reported by \`package check\` with
# what to write; each record kind has an example in ${DOCS.records}.
evidence:
  # Written by \`update-gate package manifest\` and \`update-gate package sign --key\`.
  - { id: manifest, kind: update-manifest, file: ${MANIFEST_FILE}, signature: ${SIGNATURE_FILE}, producer: release-manager@supplier.example }
  # Written by \`update-gate package sign --key <pem> --provenance <statement.json>\`.
  - { id: provenance, kind: build-provenance, file: ${PROVENANCE_FILE}, producer: release-manager@supplier.example }
  # Who signed the manifest, with which key (the key id in the buyer's trust file), when.
  - { id: signing-event, kind: signing-event, file: signing-event.yaml, producer: release-manager@supplier.example }
  # The release approval: approved artifacts (name, sha256) and approvers, before signing.
  - { id: approval, kind: release-approval, file: approval.yaml, producer: release-manager@supplier.example }
  # Rollback conditions and a rollback and a recovery test result per configuration.
  - { id: tests, kind: rollback-recovery-tests, file: tests.yaml, producer: release-manager@supplier.example }
  # How a failed update is recovered (Markdown or text).
  - { id: recovery-procedure, kind: recovery-procedure, file: recovery-procedure.md, producer: release-manager@supplier.example, controls: [rollback-recovery] }
  # Affected version ranges of each vulnerability in scope.
  - { id: affected-versions, kind: affected-versions, file: affected-versions.yaml, producer: release-manager@supplier.example }
  # The customer notification: who is told what, for which configurations.
  - { id: notification, kind: customer-notification, file: notification.yaml, producer: release-manager@supplier.example }
  # Retained deployment records (level 5): pilot deployments of the target version.
  - { id: deployments, kind: deployment-records, file: deployments.yaml, producer: release-manager@supplier.example }
# Known gaps, each naming the configurations it affects: [{ id, description, configurations }].
knownGaps: []
# Exceptions for configurations excluded from the approval (reason, mitigation, remainOn,
# followUpBy, acceptedBy a risk acceptor of the buyer's trust file, acceptedAt).
exceptions: []
# Who keeps the release, vulnerability and deployment records, and where (level 5 needs both).
retention:
  owners: []
  locations: []
`;
}
async function initPackage(dir, options) {
    const index = indexTemplate(options);
    await mkdir(path.join(dir, ARTIFACTS_DIR), { recursive: true });
    await writeNew(path.join(dir, INDEX_FILE), index);
    return [INDEX_FILE, `${ARTIFACTS_DIR}/`];
}
async function readIndex(dir) {
    const file = path.join(dir, INDEX_FILE);
    let text;
    try {
        text = decodeUtf8(await readFile(file), INDEX_FILE);
    }
    catch (error) {
        if (error instanceof GateError)
            throw error;
        throw new GateError('FILE_NOT_FOUND', `no ${INDEX_FILE} in '${dir}'; start a package with \`update-gate package init ${dir} --product P --from V --to V\``, { file: path.join(dir, INDEX_FILE) });
    }
    const raw = parseYaml(text, INDEX_FILE);
    const scope = raw?.scope ?? {};
    if (typeof scope.product !== 'string' || typeof scope.toVersion !== 'string')
        throw new GateError('SCHEMA_VIOLATION', 'needs scope.product and scope.toVersion', {
            file: INDEX_FILE,
            field: 'scope'
        });
    const items = Array.isArray(raw.evidence) ? raw.evidence : [];
    const manifest = items.find(e => e?.kind === 'update-manifest');
    const provenance = items.find(e => e?.kind === 'build-provenance');
    return {
        product: scope.product,
        version: scope.toVersion,
        manifest: {
            file: typeof manifest?.file === 'string' ? manifest.file : MANIFEST_FILE,
            signature: typeof manifest?.signature === 'string' ? manifest.signature : SIGNATURE_FILE
        },
        provenance: typeof provenance?.file === 'string' ? provenance.file : PROVENANCE_FILE
    };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
/** A path from the index, kept inside the package (the gate refuses others anyway). */
function inside(dir, rel, field) {
    const resolved = path.resolve(dir, rel);
    const root = path.resolve(dir);
    if (path.isAbsolute(rel) || !resolved.startsWith(root + path.sep))
        throw new GateError('PATH_OUTSIDE_ROOT', `'${rel}' leaves the package directory`, {
            file: INDEX_FILE,
            field
        });
    return resolved;
}
/**
 * Copies the given files into `artifacts/` (never over a different file of the same name), then
 * writes the manifest of every file directly under `artifacts/`, sorted by name, in the exact
 * bytes that `package sign` signs: two-space JSON and a final newline.
 */
async function writeManifest(dir, add = []) {
    const index = await readIndex(dir);
    const artifactsDir = path.join(dir, ARTIFACTS_DIR);
    await mkdir(artifactsDir, { recursive: true });
    for (const source of add) {
        const target = path.join(artifactsDir, path.basename(source));
        if (path.resolve(source) === path.resolve(target))
            continue;
        let bytes;
        try {
            bytes = await readFile(source);
        }
        catch (error) {
            throw new GateError('FILE_NOT_FOUND', `artifact cannot be read: ${messageOf(error)}`, {
                file: source
            });
        }
        if (await exists(target)) {
            if (!(await readFile(target)).equals(bytes))
                throw new GateError('USAGE', `a different file of that name is already in ${ARTIFACTS_DIR}/; remove it first`, { file: path.join(ARTIFACTS_DIR, path.basename(source)) });
            continue;
        }
        await copyFile(source, target);
    }
    const entries = (await readdir(artifactsDir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const artifacts = [];
    for (const entry of entries) {
        const rel = `${ARTIFACTS_DIR}/${entry.name}`;
        if (!entry.isFile())
            throw new GateError('USAGE', 'not a regular file; manifest artifacts are files directly under artifacts/', { file: rel });
        const bytes = await readFile(path.join(artifactsDir, entry.name));
        artifacts.push({ name: entry.name, size: bytes.length, sha256: sha256Hex(bytes) });
    }
    if (artifacts.length === 0)
        throw new GateError('USAGE', `no files under ${ARTIFACTS_DIR}/; give the release files: update-gate package manifest ${dir} <file>...`, { file: ARTIFACTS_DIR });
    const manifest = { product: index.product, version: index.version, artifacts };
    const target = inside(dir, index.manifest.file, 'evidence[update-manifest].file');
    await writeNew(target, `${JSON.stringify(manifest, null, 2)}\n`, true);
    return { file: index.manifest.file, artifacts };
}
/* eslint-disable @typescript-eslint/no-explicit-any -- a statement is checked field by field */
/** The statement fields the gate needs, each refused with its field and the fix. */
function checkStatement(raw, file) {
    const need = (ok, field, expected) => {
        if (!ok)
            throw new GateError('SCHEMA_VIOLATION', expected, { file, field });
    };
    need(typeof raw === 'object' && raw !== null && !Array.isArray(raw), '(document)', 'must be an in-toto Statement v1 JSON object');
    need(raw._type === IN_TOTO_STATEMENT_V1, '_type', `must be ${IN_TOTO_STATEMENT_V1}`);
    need(Array.isArray(raw.subject) && raw.subject.length > 0, 'subject', 'must list the artifacts: [{ "name": "<file under artifacts/>", "digest": { "sha256": "<hex>" } }]');
    need(raw.predicateType === SLSA_PROVENANCE_V1, 'predicateType', `must be ${SLSA_PROVENANCE_V1}`);
    need(typeof raw.predicate?.buildDefinition?.buildType === 'string', 'predicate.buildDefinition.buildType', 'is required (SLSA Provenance v1), e.g. "https://actions.github.io/buildtypes/workflow/v1"');
    need(typeof raw.predicate?.runDetails?.builder?.id === 'string', 'predicate.runDetails.builder.id', "is required (SLSA Provenance v1): the builder's id, which the buyer's trust file lists under builders");
}
/* eslint-enable @typescript-eslint/no-explicit-any */
/**
 * Signs the manifest as `cosign sign-blob --key` does and, given a statement, writes a DSSE
 * envelope signed over its PAE. The statement's bytes are kept exactly as given.
 */
async function signPackage(dir, options) {
    const index = await readIndex(dir);
    const key = await readPrivateKey(options.key);
    const manifestPath = inside(dir, index.manifest.file, 'evidence[update-manifest].file');
    let manifest;
    try {
        manifest = await readFile(manifestPath);
    }
    catch {
        throw new GateError('FILE_NOT_FOUND', `no manifest to sign; write it first: update-gate package manifest ${dir}`, { file: index.manifest.file });
    }
    const written = [];
    const sigPath = inside(dir, index.manifest.signature, 'evidence[update-manifest].signature');
    await writeNew(sigPath, signBlob(manifest, key), true);
    written.push(index.manifest.signature);
    if (options.provenance) {
        let bytes;
        try {
            bytes = await readFile(options.provenance);
        }
        catch (error) {
            throw new GateError('FILE_NOT_FOUND', `cannot read the statement: ${messageOf(error)}`, {
                file: options.provenance,
                field: '--provenance'
            });
        }
        checkStatement(parseJson(decodeUtf8(bytes, options.provenance), options.provenance), options.provenance);
        const envelope = signDsse(bytes, key, options.keyId ?? key.fingerprint);
        const target = inside(dir, index.provenance, 'evidence[build-provenance].file');
        await writeNew(target, `${JSON.stringify(envelope, null, 2)}\n`, true);
        written.push(index.provenance);
    }
    if (options.publicKeyOut) {
        await writeNew(options.publicKeyOut, key.publicKeyPem, true);
        written.push(options.publicKeyOut);
    }
    return { key: { algorithm: key.algorithm, fingerprint: key.fingerprint }, written };
}

/**
 * `update-gate package check`: what a supplier can check before any buyer's trust file exists.
 * Schema, references, files, digests and signatures are checked by the same load and verify
 * stages the gate runs; what is missing per maturity level comes from evaluating the built-in
 * policy with a neutral trust (below), so the list is the policy's own findings, never a second
 * table of requirements here.
 *
 * The neutral trust trusts what the package itself names: the key given with --key (if any) for
 * this product and version, the approvers of its approval records as release approvers, the
 * acceptors of its exceptions as risk acceptors, the builders of its provenance. Who is really
 * trusted is the buyer's decision, made with the buyer's trust file at `evaluate` time.
 */
const ALL_CONTROLS = [
    'signing',
    'provenance',
    'approval',
    'rollback-recovery',
    'affected-versions',
    'notification',
    'retention'
];
async function readKey(file) {
    let pem;
    try {
        pem = await readFile(file, 'utf8');
    }
    catch (error) {
        throw new GateError('FILE_NOT_FOUND', `cannot read the key: ${messageOf(error)}`, {
            file,
            field: '--key'
        });
    }
    if (/PRIVATE KEY-----/.test(pem)) {
        try {
            pem = createPublicKey({ key: pem, format: 'pem' })
                .export({ type: 'spki', format: 'pem' })
                .toString();
        }
        catch (error) {
            throw new GateError('INVALID_KEY', `not a usable PEM key: ${messageOf(error)}`, {
                file,
                field: '--key'
            });
        }
    }
    const parsed = parsePublicKey(pem, 'supplier', { file, field: '--key' });
    return {
        id: 'supplier',
        fingerprint: keyFingerprint(parsed.key),
        algorithm: parsed.algorithm,
        hash: parsed.hash,
        publicKey: parsed.key,
        pem
    };
}
const records = (pkg, kind) => pkg.evidence.flatMap(e => e.kind === kind && e.content.type === 'record' ? [e.content.record] : []);
/** The neutral trust: the package's own parties, and the given key under the id the package uses. */
function neutralTrust(pkg, given) {
    const scope = pkg.facts.scope;
    // The first key gets the id the signing event names (the id the buyer's trust file will use).
    const keyId = records(pkg, 'signing-event')[0]?.keyId ?? 'supplier';
    const keys = given.map((k, i) => ({ ...k, id: i === 0 ? keyId : `supplier-${i + 1}` }));
    const roles = new Map();
    const add = (id, role) => roles.set(id, (roles.get(id) ?? new Set()).add(role));
    for (const r of records(pkg, 'release-approval'))
        for (const a of r.approvals)
            add(a.approver, 'release-approver');
    for (const e of pkg.facts.exceptions)
        add(e.acceptedBy, 'risk-acceptor');
    const data = {
        keys: keys.map(k => ({
            id: k.id,
            fingerprint: k.fingerprint,
            usage: ['build-provenance', 'update-manifest'],
            products: [scope.product],
            minVersion: scope.toVersion,
            maxVersion: scope.toVersion,
            validFrom: '1970-01-01T00:00:00Z',
            validUntil: '9999-12-31T23:59:59Z',
            revoked: false,
            revokedAt: null
        })),
        approvers: [...roles]
            .map(([id, r]) => ({ id, name: id, roles: [...r].sort() }))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        builders: [],
        requirements: { minimumMaturity: 4, requiredControls: ALL_CONTROLS, requiredApprovals: 1 }
    };
    return { file: '(neutral trust of package check)', keys, data, fileDigests: {} };
}
function fileLines(evidence, keyGiven) {
    const lines = [];
    let ok = true;
    for (const e of evidence) {
        if (e.file !== null && !e.present) {
            ok = false;
            lines.push(`  MISSING ${e.file}: evidence '${e.id}' (kind ${e.kind}) is listed in update-evidence.yaml but the file is not in the package; write it (example: ${DOCS.records}) or remove the item`);
        }
        const v = e.verification;
        if (v?.type === 'update-manifest') {
            const m = v;
            for (const a of m.artifacts) {
                if (!a.present) {
                    ok = false;
                    lines.push(`  MISSING ${a.file}: listed in ${e.file} but not in the package; add it or rewrite the manifest with \`update-gate package manifest\``);
                }
                else if (!a.matches) {
                    ok = false;
                    lines.push(`  CHANGED ${a.file}: size or sha256 differs from ${e.file}; rewrite the manifest with \`update-gate package manifest\` and sign again`);
                }
            }
            lines.push(...signatureLines(e.file ?? e.id, m.signatures, keyGiven, s => (ok = ok && s)));
        }
        else if (v?.type === 'build-provenance') {
            const p = v;
            lines.push(...signatureLines(e.file ?? e.id, p.signatures, keyGiven, s => (ok = ok && s)));
        }
    }
    return { lines, ok };
}
function signatureLines(file, signatures, keyGiven, ok) {
    if (!keyGiven)
        return [
            `  signature of ${file}: not checked (give --key <public or private key PEM> to check it)`
        ];
    const good = signatures.find(s => s.verified);
    ok(Boolean(good));
    return good
        ? [`  signature of ${file}: verified (key ${good.keyFingerprint})`]
        : [
            `  signature of ${file}: NOT verified by the --key given: ${signatures.map(s => s.reason).join('; ') || 'no signature'}`
        ];
}
const byRule = (a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
function findingLine(f) {
    const where = f.configuration ? ` [${f.configuration}]` : '';
    return `    - ${f.rule}${where}: ${f.message}`;
}
/** What to add for each level above the current one, from the policy output alone. */
function levelLines(out) {
    const lines = [];
    const current = out.maturity.level;
    const required = out.controls.filter(c => c.required);
    const blocking = (control) => out.findings
        .filter(f => f.control === control && (f.severity === 'gap' || f.severity === 'violation'))
        .sort(byRule);
    if (current < 4) {
        const below = required.filter(c => c.level < 4);
        lines.push(`to reach level 4 (verified) add, per control (levels 2 and 3 count the evidence present, capped at 3):`);
        for (const c of below) {
            lines.push(`  ${c.id} (now level ${c.level}):`);
            const fs = blocking(c.id);
            lines.push(...(fs.length ? fs.map(findingLine) : ['    - (no finding names it)']));
        }
    }
    const notRetained = Object.entries(out.maturity.configurations).flatMap(([id, m]) => m && m.level < 5 ? [{ id, level: m.level, reason: m.reason }] : []);
    if (current < 5) {
        lines.push('to reach level 5 (verified and retained) add:');
        const retention = out.findings
            .filter(f => f.control === 'retention' && (f.severity === 'info' || f.severity === 'warning'))
            .sort(byRule);
        lines.push(...retention.map(findingLine));
        for (const m of notRetained)
            if (m.level >= 4)
                lines.push(`    - [${m.id}] ${m.reason}`);
        if (current < 4)
            lines.push('    - everything listed for level 4');
    }
    return lines;
}
async function checkPackage(dir, options = {}) {
    const at = normaliseTimestamp(options.at ?? new Date().toISOString(), { field: '--at' });
    const pkg = await loadPackage(dir);
    const keys = await Promise.all((options.keys ?? []).map(readKey));
    const trust = neutralTrust(pkg, keys);
    const verified = await verifyPackage(pkg, trust, at);
    const builders = new Set();
    for (const e of verified.input.evidence) {
        const v = e.verification;
        if (v?.type === 'build-provenance' && v.slsa)
            builders.add(v.slsa.builderId);
    }
    const data = {
        trust: { ...verified.data.trust, builders: [...builders].sort().map(id => ({ id })) }
    };
    const runner = await openRunner(await readPolicy(undefined));
    let output;
    try {
        output = await runner.evaluate(data, verified.input);
    }
    finally {
        await runner.close();
    }
    const files = fileLines(verified.input.evidence, keys.length > 0);
    const scope = pkg.facts.scope;
    const lines = [
        `update-gate package check: ${dir}`,
        `${scope.product} ${scope.fromVersion} -> ${scope.toVersion}, cohort ${scope.cohort}`,
        `  update-evidence.yaml and every record: valid (schemas and references)`,
        ...files.lines,
        '',
        `maturity with a neutral trust (the package's own key, approvers and builders): level ${output.maturity.level}`
    ];
    const levels = levelLines(output);
    lines.push(...(levels.length ? levels : ['nothing to add: level 5']));
    const blockingLeft = output.findings.some(f => f.severity === 'gap' || f.severity === 'violation');
    const ok = files.ok && !blockingLeft;
    lines.push('', ok
        ? 'package check: complete for level 4; the buyer evaluates it with their trust file (update-gate evaluate)'
        : 'package check: not complete (exit 2); fix the items above');
    return { ok, text: `${lines.join('\n')}\n`, output };
}

/**
 * The update-gate command line. `run` takes arguments and returns the exit code, so tests call
 * it in process; src/cli.ts only wires it to the real process.
 *   0 the gate passed   1 the gate failed under --fail-on   2 usage or input error   3 internal error
 */
const EXIT = { pass: 0, gateFailed: 1, inputError: 2, internalError: 3 };
const processIO = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text)
};
/** Writes the report; a path that cannot be written is an input error (exit 2) naming --output. */
async function writeReport(file, text) {
    try {
        await writeFile(file, text);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? `directory '${dirname(file) || '.'}' does not exist; create it or give another path`
            : code === 'EISDIR'
                ? 'is a directory; give a file path'
                : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
                    ? 'is not writable; give a path you can write'
                    : `cannot be written: ${messageOf(error)}`;
        throw new GateError('FILE_UNREADABLE', `the report ${why}`, { file, field: '--output' });
    }
}
const collect = (value, previous) => [...previous, value];
const positiveSeconds = (value) => {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new InvalidArgumentError('expected seconds > 0');
    return seconds;
};
function buildProgram(io, setExit) {
    const program = new Command('update-gate')
        .description('Decide whether a firmware or software update may be deployed, from its evidence package.')
        .version(VERSION)
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showHelpAfterError('(run update-gate --help for usage)');
    program
        .command('evaluate')
        .description('verify an evidence package and evaluate the policy; print the decision report')
        .argument('<package-dir>', 'evidence package directory (holds update-evidence.yaml)')
        // Checked in the action, not by commander: commander reports a missing required option
        // before an unknown one, so a mistyped `--turst` would read "--trust not specified".
        .option('--trust <file>', 'trust configuration (keys, approvers, requirements), owned by whoever runs the gate (required)')
        .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
        .addOption(new Option('--format <format>', 'report format (sarif: SARIF 2.1.0, junit: JUnit XML)')
        .choices([...REPORT_FORMATS])
        .default('text'))
        .option('--output <file>', 'write the report to this file instead of stdout')
        .addOption(new Option('--fail-on <decision>', 'exit 1 when the decision is this or worse')
        .choices([...FAIL_ON])
        .default('reject'))
        .option('--policy <source>', 'policy: a directory of .rego files (compiled with opa from PATH; extends the built-in policy unless it defines update_gate.decision), a bundle.tar.gz from `update-gate policy build`, or a .wasm file (default: built-in)')
        .option('--data <file>', 'JSON or YAML data file merged into the policy data (repeatable); update_gate.requirements overrides the trust requirements', collect, [])
        .option('--policy-timeout <seconds>', 'time limit of one evaluation of a custom policy (default 10)', positiveSeconds)
        .action(async (packageDir, options) => {
        if (!options.trust)
            throw new GateError('USAGE', 'the trust configuration is required: --trust <file> (keys, approvers, requirements; docs/evidence-format.md#trust-configuration)', { field: '--trust' });
        const report = await runGate({
            packageDir,
            trustFile: options.trust,
            evaluationTime: options.at,
            policy: options.policy,
            dataFiles: options.data,
            ...(options.policyTimeout === undefined
                ? {}
                : { policyTimeoutMs: options.policyTimeout * 1000 })
        });
        const rendered = renderReport(report, options.format, {
            toolVersion: VERSION,
            ...(options.format === 'sarif' ? { places: await indexPlaces(packageDir) } : {})
        });
        if (options.output) {
            await writeReport(options.output, rendered);
            io.stderr(`update-gate: ${report.result.decision}; report written to ${options.output}\n`);
        }
        else {
            io.stdout(rendered);
        }
        setExit(failsGate(report.result.decision, options.failOn) ? EXIT.gateFailed : EXIT.pass);
    });
    const policy = program
        .command('policy')
        .description('write, build and test a custom Rego policy (docs/policy-authoring.md)');
    policy
        .command('init')
        .description('scaffold a custom package update_gate.custom.<team> with a test and the contract schemas')
        .argument('<dir>', 'directory to create (files are never overwritten)')
        .option('--team <name>', 'team name, [a-z][a-z0-9_]* (default: from the directory name)')
        .action(async (dir, options) => {
        const team = options.team ?? teamFromDir(dir);
        const written = await initPolicy(dir, team);
        io.stdout(`update-gate: scaffolded package update_gate.custom.${team} in ${dir}:\n` +
            written.map(f => `  ${f}\n`).join('') +
            `next: update-gate policy test ${dir}\n`);
    });
    policy
        .command('build')
        .description('compile a policy directory exactly as the gate does (opa build -t wasm, capabilities)')
        .argument('<dir>', 'directory of .rego files')
        .option('-o, --output <file>', 'bundle to write', 'bundle.tar.gz')
        .action(async (dir, options) => {
        const mode = await buildPolicy(dir, options.output);
        io.stdout(`update-gate: wrote ${options.output} (${mode})\n`);
    });
    policy
        .command('test')
        .description('run opa test with the gate capabilities, the built-in policy sources and the seed fixtures')
        .argument('<dir>', 'directory of .rego files and their _test.rego')
        .option('-v, --verbose', 'list every test')
        .option('--coverage', 'report coverage (JSON)')
        .action(async (dir, options) => {
        const { passed, output } = await testPolicy(dir, options);
        io.stdout(output.endsWith('\n') || output === '' ? output : `${output}\n`);
        setExit(passed ? EXIT.pass : EXIT.gateFailed);
    });
    addPackageCommands(program, io, setExit);
    return program;
}
function addPackageCommands(program, io, setExit) {
    const pkg = program
        .command('package')
        .description("build a supplier's evidence package: init, manifest, sign, check (docs/supplier-guide.md)");
    pkg
        .command('init')
        .description('start a package: update-evidence.yaml with every section, each commented, and artifacts/')
        .argument('<dir>', 'package directory to create (existing files are never overwritten)')
        .requiredOption('--product <name>', 'product, e.g. IC-22')
        .requiredOption('--from <version>', 'installed version, MAJOR.MINOR.PATCH')
        .requiredOption('--to <version>', 'version to deploy, MAJOR.MINOR.PATCH')
        .option('--cohort <name>', 'deployment cohort (default: all)')
        .option('--configuration <id=hardware>', 'a configuration in scope (repeatable), e.g. reference=IC-22-REF-C', collect, [])
        .option('--vulnerability <id>', 'a vulnerability the update fixes (repeatable)', collect, [])
        .action(async (dir, o) => {
        const written = await initPackage(dir, {
            product: o.product,
            fromVersion: o.from,
            toVersion: o.to,
            ...(o.cohort ? { cohort: o.cohort } : {}),
            ...(o.configuration.length ? { configurations: o.configuration } : {}),
            vulnerabilities: o.vulnerability
        });
        io.stdout(`update-gate: started the package in ${dir}:\n` +
            written.map(f => `  ${f}\n`).join('') +
            `next: put the release files under ${dir}/artifacts/ and run update-gate package manifest ${dir}\n`);
    });
    pkg
        .command('manifest')
        .description('write manifest.json (name, size, sha256 of every file under artifacts/; product, version) in the bytes that get signed')
        .argument('<dir>', 'package directory')
        .argument('[artifacts...]', 'files to copy into artifacts/ first')
        .action(async (dir, artifacts) => {
        const result = await writeManifest(dir, artifacts);
        io.stdout(`update-gate: wrote ${result.file} (${result.artifacts.length} artifact(s)):\n` +
            result.artifacts.map(a => `  ${a.name}  ${a.size} bytes  sha256:${a.sha256}\n`).join('') +
            `next: update-gate package sign ${dir} --key <private key PEM>\n`);
    });
    pkg
        .command('sign')
        .description('sign manifest.json as cosign sign-blob --key does; with --provenance, a DSSE envelope signed over PAE')
        .argument('<dir>', 'package directory')
        .requiredOption('--key <pem>', 'PEM private key, ECDSA P-256 or Ed25519 (PKCS#8 or SEC1)')
        .option('--provenance <statement.json>', 'in-toto Statement v1 (SLSA Provenance v1) to sign')
        .option('--public-key <file>', 'also write the public key (PEM) here, for the trust file')
        .option('--key-id <id>', 'DSSE keyid hint (default: the key fingerprint)')
        .action(async (dir, o) => {
        const result = await signPackage(dir, {
            key: o.key,
            ...(o.provenance ? { provenance: o.provenance } : {}),
            ...(o.publicKey ? { publicKeyOut: o.publicKey } : {}),
            ...(o.keyId ? { keyId: o.keyId } : {})
        });
        io.stdout(`update-gate: signed with ${result.key.algorithm} key ${result.key.fingerprint}:\n` +
            result.written.map(f => `  ${f}\n`).join('') +
            `next: update-gate package check ${dir} --key ${o.publicKey ?? '<public key PEM>'}\n`);
    });
    pkg
        .command('check')
        .description("check schema, references, files, digests and signatures without a trust file, and list what to add for each maturity level (from the policy's own findings)")
        .argument('<dir>', 'package directory')
        .option('--key <pem>', 'a signing key (public or private PEM) to check the signatures with (repeatable)', collect, [])
        .option('--at <time>', 'evaluation time, RFC 3339 with a zone (default: now)')
        .action(async (dir, o) => {
        const result = await checkPackage(dir, {
            keys: o.key,
            ...(o.at ? { at: o.at } : {})
        });
        io.stdout(result.text);
        setExit(result.ok ? EXIT.pass : EXIT.inputError);
    });
}
async function run(argv, io = processIO) {
    let exitCode = EXIT.pass;
    const program = buildProgram(io, code => (exitCode = code));
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end with code 0; everything else commander reports is usage.
            return error.exitCode === 0 ? EXIT.pass : EXIT.inputError;
        }
        if (isGateError(error)) {
            io.stderr(`update-gate: error: ${error.describe()}\n`);
            return EXIT.inputError;
        }
        const message = messageOf(error);
        io.stderr(`update-gate: internal error: ${message}\n(set UPDATE_GATE_DEBUG=1 for details)\n`);
        if (process.env.UPDATE_GATE_DEBUG && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return EXIT.internalError;
    }
}

process.exitCode = await run(process.argv.slice(2));
