package main

import (
	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"
)

// newConfigCmd prints the settings in force after flags, environment, file and defaults
// are combined, so a user can see which value wins without reading the precedence rules.
func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the settings in force, as YAML",
		Example: `  hotline config
  HOTLINE_ADDR=0.0.0.0:8001 hotline config --config prod.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			enc := yaml.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent(2)
			if err := enc.Encode(cfg); err != nil {
				return err
			}
			return enc.Close()
		},
	}
	cmd.Flags().String("db", "hotline.db", "database file")
	cmd.Flags().String("addr", "127.0.0.1:8001", "address to listen on")
	return cmd
}
