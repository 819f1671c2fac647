"""Shell completion for `kie`: scripts for bash, zsh and fish, made from its argparse parser.

A script holds every command, its options and the model ids, so that a Tab runs no Python. The
flags of `kie run MODEL`, each model's own, are asked of `kie completion --complete-run MODEL`
once per model (the shell keeps the last answer), which loads that model's module alone.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from kie_client.registry import MODELS

SHELLS = ("bash", "zsh", "fish")
# The command whose first argument is a model id, and whose flags are that model's (the scripts'
# functions name it too).
_RUN = "kie run"


class _Command(NamedTuple):
    """What a command, e.g. `kie auth login`, takes: its options, those of them that take a value,
    its subcommands and the choices of its first argument."""

    path: str
    options: list[str]
    valued: list[str]
    subcommands: list[str]
    choices: list[str]


def _commands(parser: argparse.ArgumentParser, path: str = "kie") -> Iterator[_Command]:
    """The command of `parser`, then each of its subcommands'."""
    # argparse has no public list of a parser's actions; every completion tool reads this one.
    shown = [a for a in parser._actions if a.help != argparse.SUPPRESS]
    subparsers = {
        name: sub
        for action in shown
        if isinstance(action, argparse._SubParsersAction)
        for name, sub in action.choices.items()
    }
    arguments = [
        a for a in shown if not a.option_strings and not isinstance(a, argparse._SubParsersAction)
    ]
    first = arguments[0].choices if arguments else None
    valued = [action for action in shown if action.nargs != 0]  # not --json, nor --help
    yield _Command(
        path,
        options=[option for action in shown for option in action.option_strings],
        valued=[option for action in valued for option in action.option_strings],
        subcommands=list(subparsers),
        choices=sorted(MODELS) if path == _RUN else [str(c) for c in first or ()],
    )
    for name, sub in subparsers.items():
        yield from _commands(sub, f"{path} {name}")


def options_of(parser: argparse.ArgumentParser) -> list[str]:
    """Every option `parser` shows, e.g. `kie run MODEL`'s."""
    return next(_commands(parser)).options


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script of `shell` (one of SHELLS) for the commands of `parser`."""
    known = list(_commands(parser))
    if shell == "fish":
        return _FISH.replace("__GRAMMAR__", _fish_grammar(known))
    header = _ZSH if shell == "zsh" else _BASH_HEADER
    return header + _BASH.replace("__GRAMMAR__", _bash_grammar(known))


def _words(words: Sequence[str]) -> str:
    return shlex.quote(" ".join(words))


def _bash_grammar(known: Sequence[_Command]) -> str:
    return "\n".join(
        f"        {shlex.quote(c.path)}) _opts={_words(c.options)} _valued={_words(c.valued)} "
        f"_subs={_words(c.subcommands)} _choices={_words(c.choices)} ;;"
        for c in known
    )


def _fish_grammar(known: Sequence[_Command]) -> str:
    lines = []
    for c in known:
        lines.append(f"        case {shlex.quote(c.path)}")
        for name, words in (
            ("opts", c.options),
            ("valued", c.valued),
            ("subs", c.subcommands),
            ("choices", c.choices),
        ):
            lines.append(" ".join([f"            set -g __kie_{name}", *map(shlex.quote, words)]))
    return "\n".join(lines)


_BASH_HEADER = """# kie completion for bash; load it in ~/.bashrc with: eval "$(kie completion bash)"
"""

# zsh runs the bash script through its bashcompinit, which needs compinit.
_ZSH = """# kie completion for zsh; load it in ~/.zshrc with: eval "$(kie completion zsh)"
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }
autoload -U +X bashcompinit && bashcompinit
"""

_BASH = r"""
# What the command $1 (e.g. `kie auth login`) takes: its options, those of them that take a value,
# its subcommands and the choices of its first argument.
_kie_grammar() {
    case $1 in
__GRAMMAR__
    esac
}

# The flags of `kie run MODEL` ($2) as kie ($1) lists them, asked once per model.
_kie_run_flags() {
    if [[ $2 != "$_kie_model" ]]; then
        _kie_model=$2
        _kie_model_flags=$("$1" completion --complete-run "$2" 2>/dev/null)
    fi
}

_kie() {
    local cur=${COMP_WORDS[COMP_CWORD]} _cmd=kie _skip="" _word _i
    local _opts _valued _subs _choices
    local -a _args=()
    _kie_grammar kie
    for ((_i = 1; _i < COMP_CWORD; _i++)); do
        _word=${COMP_WORDS[_i]}
        if [[ -n $_skip ]]; then
            _skip=""
        elif [[ $_word == -* ]]; then
            [[ " $_valued " == *" $_word "* ]] && _skip=1
        elif [[ ${#_args[@]} -eq 0 && " $_subs " == *" $_word "* ]]; then
            _cmd="$_cmd $_word"
            _kie_grammar "$_cmd"
        else
            _args+=("$_word")
        fi
    done
    COMPREPLY=()
    if [[ -n $_skip ]]; then
        return 0  # an option's value: the shell's own completion (file names)
    elif [[ $cur == -* ]]; then
        if [[ $_cmd == "kie run" && ${#_args[@]} -gt 0 ]]; then
            _kie_run_flags "${COMP_WORDS[0]}" "${_args[0]}"
            _opts=$_kie_model_flags
        fi
        COMPREPLY=($(compgen -W "$_opts" -- "$cur"))
    elif [[ ${#_args[@]} -eq 0 ]]; then
        COMPREPLY=($(compgen -W "$_subs $_choices" -- "$cur"))
    fi
}

complete -o default -F _kie kie
"""

_FISH = r"""# kie completion for fish; load it with: kie completion fish | source
# (or save it as ~/.config/fish/completions/kie.fish)

# What the command $argv[1] (e.g. `kie auth login`) takes: its options, those of them that take a
# value, its subcommands and the choices of its first argument.
function __kie_grammar
    switch $argv[1]
__GRAMMAR__
    end
end

# The flags of `kie run MODEL` as kie lists them, asked once per model.
function __kie_run_flags --argument-names kie model
    if test "$model" != "$__kie_model"
        set -g __kie_model $model
        set -g __kie_model_flags ($kie completion --complete-run $model 2>/dev/null)
    end
    printf '%s\n' $__kie_model_flags
end

# The words that can come next; none (and so fish's file names) for an option's value or an
# argument with no choices.
function __kie_words
    set -l tokens (commandline -opc)
    set -l cmd kie
    set -l args
    set -l skip 0
    set -l words
    __kie_grammar kie
    for word in $tokens[2..-1]
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*' $word
            contains -- $word $__kie_valued; and set skip 1
        else if not set -q args[1]; and contains -- $word $__kie_subs
            set cmd "$cmd $word"
            __kie_grammar $cmd
        else
            set -a args $word
        end
    end
    if test $skip = 1
        return 1
    else if string match -q -- '-*' (commandline -ct)
        if test "$cmd" = 'kie run'; and set -q args[1]
            set words (__kie_run_flags $tokens[1] $args[1])
        else
            set words $__kie_opts
        end
    else if not set -q args[1]
        set words $__kie_subs $__kie_choices
    end
    set -q words[1]; and printf '%s\n' $words
end

complete -c kie -f -n '__kie_words >/dev/null' -a '(__kie_words)'
"""
