"""Documents people file and print: 隐患清单 (xlsx, csv), 指令书, 督办通知书, 隐患报告 (pdf), statistics."""
