package org.ddworkbench.cli;

import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Lets picocli build the commands through their constructors, so each gets its services injected. */
final class CommandFactory implements CommandLine.IFactory {
    private final Map<Class<?>, Supplier<?>> commands;

    CommandFactory(Map<Class<?>, Supplier<?>> commands) {
        this.commands = Map.copyOf(commands);
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Supplier<?> command = commands.get(type);
        return command != null ? type.cast(command.get()) : CommandLine.defaultFactory().create(type);
    }
}
