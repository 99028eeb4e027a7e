// A stand-in for the `electron` module, for running the built main process under plain Node in
// tests where the Electron binary cannot be installed. It does nothing an app would see; it records
// what main asks of Electron so a test can inspect it and drive the registered handlers.
import { EventEmitter } from 'node:events';

export const recorded = {
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  windows: [],
  menus: [],
  errorBoxes: [],
  messageBoxes: [],
  exitCodes: [],
  quits: 0,
  sandboxEnabled: false,
  session: {
    permissionRequest: undefined,
    permissionCheck: undefined,
    devicePermission: undefined,
    beforeRequest: undefined,
  },
};

/** What main did, as it happens: 'window', 'ipc-handler' (its channel), 'message-box', 'exit' (its code). */
export const happenings = new EventEmitter();

/** How the user answers a message box; a test may hold the answer (the dialog stays up meanwhile). */
let answerMessageBox = async () => ({ response: 0 });
export function answerMessageBoxesWith(answer) {
  answerMessageBox = answer;
}

let resolveWindow;
export const firstWindowCreated = new Promise((resolve) => (resolveWindow = resolve));

const paths = new Map();

class App extends EventEmitter {
  isPackaged = false;
  getPath(name) {
    if (!paths.has(name)) throw new Error(`stand-in app.getPath: no path for ${name}`);
    return paths.get(name);
  }
  setPath(name, value) {
    paths.set(name, value);
  }
  whenReady() {
    return Promise.resolve();
  }
  requestSingleInstanceLock() {
    return true;
  }
  enableSandbox() {
    recorded.sandboxEnabled = true;
  }
  getVersion() {
    return '0.0.0-test';
  }
  quit() {
    recorded.quits++;
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('will-quit', event);
  }
  exit(code) {
    recorded.exitCodes.push(code);
    happenings.emit('exit', code);
  }
}
export const app = new App();

class StandInWebContents extends EventEmitter {
  sent = [];
  windowOpenHandler = undefined;
  isDestroyed() {
    return false;
  }
  send(...args) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}
export { StandInWebContents };

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return recorded.windows;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new StandInWebContents();
    this.loadedUrl = undefined;
    this.title = options.title;
    app.emit('web-contents-created', {}, this.webContents);
    recorded.windows.push(this);
    resolveWindow(this);
    happenings.emit('window', this);
  }
  loadURL(url) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 10, width: this.options.width, height: this.options.height };
  }
  maximize() {}
  setFullScreen() {}
  setTitle(title) {
    this.title = title;
  }
  restore() {}
  show() {}
  focus() {}
}

export const Menu = {
  current: undefined,
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    this.current = menu;
    recorded.menus.push(menu.template);
  },
  getApplicationMenu() {
    return this.current ?? null;
  },
};

export const dialog = {
  showErrorBox(title, content) {
    recorded.errorBoxes.push({ title, content });
  },
  async showOpenDialog() {
    return { canceled: true, filePaths: [] };
  },
  async showMessageBox(...args) {
    const options = args.at(-1);
    recorded.messageBoxes.push(options);
    happenings.emit('message-box', options);
    return answerMessageBox(options);
  },
};

export const ipcMain = {
  handle(channel, handler) {
    recorded.ipcHandlers.set(channel, handler);
    happenings.emit('ipc-handler', channel);
  },
  removeHandler(channel) {
    recorded.ipcHandlers.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const screen = {
  getAllDisplays() {
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      recorded.session.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler) {
      recorded.session.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler) {
      recorded.session.devicePermission = handler;
    },
    webRequest: {
      onBeforeRequest(listener) {
        recorded.session.beforeRequest = listener;
      },
    },
  },
};

export default { app, BrowserWindow, Menu, dialog, ipcMain, protocol, screen, session };
