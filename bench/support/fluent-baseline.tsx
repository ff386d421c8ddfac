// Baseline for the bundle-size goal: React and the Fluent UI components the task pane uses, and nothing else.
import {
  Badge,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  SearchBox,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const useStyles = makeStyles({ root: { display: "flex" } });

function Baseline() {
  const styles = useStyles();
  return (
    <FluentProvider theme={Math.random() > 2 ? webDarkTheme : webLightTheme} className={styles.root}>
      <Title3>t</Title3>
      <Caption1>c</Caption1>
      <Text>x</Text>
      <TabList>
        <Tab value="a">a</Tab>
      </TabList>
      <Field label="f">
        <Input />
      </Field>
      <Select>
        <option>o</option>
      </Select>
      <SearchBox />
      <Checkbox label="c" />
      <Button icon={<Spinner size="tiny" />}>b</Button>
      <Badge>b</Badge>
      <Card>c</Card>
      <ProgressBar value={0.5} />
      <MessageBar>
        <MessageBarBody>m</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

createRoot(document.body).render(<Baseline />);
